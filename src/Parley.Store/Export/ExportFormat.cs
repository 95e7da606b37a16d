namespace Parley.Store.Export;

/// <summary>Event export layouts (see <c>docs/formats/database.md</c>).</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV with a header row.</summary>
    Csv,

    /// <summary>Tab-separated, header row, tabs and newlines in values replaced by spaces.</summary>
    Tsv,

    /// <summary>One JSON object per event, with its mentions when loaded.</summary>
    Jsonl,

    /// <summary>GDELT 2.0 event table: 61 tab-separated columns, no header.</summary>
    Gdelt,

    /// <summary>PLOVER/POLECAT-style JSON lines.</summary>
    Plover,
}
