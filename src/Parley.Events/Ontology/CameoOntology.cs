using System.Collections.Frozen;
using System.Globalization;
using Parley.Events.Coding;

namespace Parley.Events.Ontology;

/// <summary>
/// The CAMEO event ontology: every code with name, root, quad class, Goldstein value and PLOVER mapping.
/// Loaded from the tab-separated format in <c>docs/formats/ontology.md</c>; immutable and thread-safe.
/// </summary>
public sealed class CameoOntology
{
    /// <summary>Logical name of the embedded <c>data/ontology/cameo.tsv</c>.</summary>
    public const string BuiltInResource = "Parley.Events.Data.ontology.cameo.tsv";

    private readonly FrozenDictionary<string, CameoCode> _byCode;
    private readonly FrozenDictionary<string, CameoCode>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly FrozenDictionary<string, CameoCode[]> _children;

    private CameoOntology(List<CameoCode> codes)
    {
        Codes = codes;
        _byCode = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        _bySpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        _children = codes.Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Roots = codes.Where(c => c.IsRoot).ToArray();
    }

    /// <summary>All codes in file order (CAMEO order: each root followed by its children).</summary>
    public IReadOnlyList<CameoCode> Codes { get; }

    /// <summary>The twenty root codes 01–20.</summary>
    public IReadOnlyList<CameoCode> Roots { get; }

    public int Count => Codes.Count;

    /// <summary>Loads the ontology compiled into Parley.Events.</summary>
    public static CameoOntology LoadBuiltIn()
    {
        using var stream = DataLines.OpenBuiltIn(BuiltInResource);
        return Load(stream, "data/ontology/cameo.tsv");
    }

    /// <summary>Loads and validates an ontology file.</summary>
    /// <param name="stream">UTF-8 text in the format of <c>docs/formats/ontology.md</c>.</param>
    /// <param name="sourceName">Name used in error messages (a path or resource name).</param>
    /// <exception cref="DataFormatException">A line is malformed; the message names the line.</exception>
    public static CameoOntology Load(Stream stream, string sourceName = "ontology")
    {
        var codes = new List<CameoCode>(320);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in DataLines.Read(stream))
        {
            if (f.Length != 8)
            {
                throw new DataFormatException(sourceName, line,
                    $"expected 8 tab-separated fields (code, name, root, quad, goldstein, plover_event, plover_mode, plover_context), found {f.Length}.");
            }

            var code = f[0];
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                throw new DataFormatException(sourceName, line, $"'{code}' is not a CAMEO code: write 2 to 4 digits with leading zeros, e.g. 042.");
            }

            if (!seen.Add(code))
            {
                throw new DataFormatException(sourceName, line, $"code {code} is listed twice; keep one line per code.");
            }

            var root = code[..2];
            var rootNumber = int.Parse(root, CultureInfo.InvariantCulture);
            if (rootNumber is < 1 or > 20)
            {
                throw new DataFormatException(sourceName, line, $"code {code} has root {root}; CAMEO roots run from 01 to 20.");
            }

            if (f[2] != root)
            {
                throw new DataFormatException(sourceName, line, $"root column says {f[2]} but code {code} belongs to root {root}.");
            }

            var quad = QuadOf(rootNumber);
            if (f[3] != ((int)quad).ToString(CultureInfo.InvariantCulture))
            {
                throw new DataFormatException(sourceName, line, $"quad column says {f[3]} but root {root} is in quad class {(int)quad}.");
            }

            if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
            {
                throw new DataFormatException(sourceName, line, $"Goldstein value '{f[4]}' for {code} is not a number in [-10, 10].");
            }

            if (!PloverEvents.TryParse(f[5], out var plover))
            {
                throw new DataFormatException(sourceName, line, $"'{f[5]}' is not a PLOVER event; use one of AGREE, CONSULT, …, ASSAULT or '-'.");
            }

            if (code.Length > 2 && !seen.Contains(code[..^1]))
            {
                throw new DataFormatException(sourceName, line, $"code {code} appears before its parent {code[..^1]}; list each parent first.");
            }

            if (string.IsNullOrWhiteSpace(f[1]))
            {
                throw new DataFormatException(sourceName, line, $"code {code} has no name.");
            }

            codes.Add(new CameoCode
            {
                Code = code,
                Name = f[1],
                Root = root,
                QuadClass = quad,
                Goldstein = goldstein,
                Plover = plover,
                PloverMode = DataLines.Optional(f[6]),
                PloverContext = DataLines.Optional(f[7]),
            });
        }

        if (codes.Count == 0)
        {
            throw new DataFormatException(sourceName, 0, "the ontology has no codes; check that the file is the CAMEO table.");
        }

        return new CameoOntology(codes);
    }

    /// <summary>The quad class of a root number 1–20.</summary>
    public static QuadClass QuadOf(int root) => root switch
    {
        >= 1 and <= 5 => QuadClass.VerbalCooperation,
        >= 6 and <= 8 => QuadClass.MaterialCooperation,
        >= 9 and <= 13 => QuadClass.VerbalConflict,
        >= 14 and <= 20 => QuadClass.MaterialConflict,
        _ => QuadClass.None,
    };

    public bool TryGet(ReadOnlySpan<char> code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CameoCode? value) =>
        _bySpan.TryGetValue(code, out value);

    /// <summary>The code, or an exception naming it when it is not in the ontology.</summary>
    public CameoCode Get(string code) =>
        _byCode.TryGetValue(code, out var value)
            ? value
            : throw new KeyNotFoundException($"'{code}' is not a CAMEO code in this ontology; codes are 2–4 digits with leading zeros, e.g. 042.");

    public bool Contains(ReadOnlySpan<char> code) => _bySpan.ContainsKey(code);

    /// <summary>The <see cref="CodeInfo"/> the <see cref="EventCoder"/> needs, or null for an unknown code
    /// (pass as <c>EventCoderOptions.DescribeCode</c>).</summary>
    public CodeInfo? Describe(string code) =>
        _byCode.TryGetValue(code, out var c)
            ? new CodeInfo(c.Code, c.Root, c.Name, (int)c.QuadClass, c.Goldstein,
                c.Plover == PloverEvent.None ? null : c.Plover.Name(), c.PloverMode)
            : null;

    /// <summary>Goldstein value of a code, or null when the code is unknown.</summary>
    public double? Goldstein(ReadOnlySpan<char> code) => _bySpan.TryGetValue(code, out var c) ? c.Goldstein : null;

    /// <summary>The direct children of a code (<c>"08"</c> → 080…087; <c>"084"</c> → 0841, 0842).</summary>
    public IReadOnlyList<CameoCode> ChildrenOf(string code) =>
        _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The root and all its descendants, in file order.</summary>
    public IEnumerable<CameoCode> InRoot(string root) => Codes.Where(c => c.Root == root);

    public IEnumerable<CameoCode> InQuadClass(QuadClass quad) => Codes.Where(c => c.QuadClass == quad);

    public IEnumerable<CameoCode> WithPlover(PloverEvent plover) => Codes.Where(c => c.Plover == plover);

    /// <summary>Codes whose Goldstein value lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public IEnumerable<CameoCode> WithGoldstein(double min, double max) =>
        Codes.Where(c => c.Goldstein >= min && c.Goldstein <= max);
}
