using System.Data.Common;
using System.Globalization;

namespace Parley.Store.Sql;

/// <summary>Typed column reads that work for both SQLite and PostgreSQL value types.</summary>
internal static class Db
{
    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    public static long? NLong(DbDataReader r, int i) => r.IsDBNull(i) ? null : Long(r, i);

    public static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static int? NInt(DbDataReader r, int i) => r.IsDBNull(i) ? null : Int(r, i);

    public static double Double(DbDataReader r, int i) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    public static double? NDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : Double(r, i);
}

/// <summary>The current row of a result, whatever executes the statement (an ADO.NET reader or a raw SQLite statement).</summary>
internal interface IRow
{
    bool IsNull(int i);

    long Long(int i);

    double Double(int i);

    string? Str(int i);
}

/// <summary>An <see cref="IRow"/> over an ADO.NET reader.</summary>
internal sealed class ReaderRow(DbDataReader reader) : IRow
{
    public bool IsNull(int i) => reader.IsDBNull(i);

    public long Long(int i) => Db.Long(reader, i);

    public double Double(int i) => Db.Double(reader, i);

    public string? Str(int i) => Db.Str(reader, i);
}
