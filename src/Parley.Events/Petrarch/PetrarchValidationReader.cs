using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Parley.Events.Petrarch;

/// <summary>
/// Reads a PETRARCH validation suite (<c>PETR_Validate_records_*.xml</c>). The files are not well-formed XML:
/// <c>&lt;PLEvent …&gt;</c> lines are dropped, comments are removed first (the header comment nests one),
/// then the <c>&lt;Environment&gt;</c>, <c>&lt;Include&gt;</c>, <c>&lt;Config&gt;</c> and <c>&lt;Sentence&gt;</c>
/// elements are read in file order, each sentence as its own XML fragment. <c>&lt;Config&gt;</c> changes the
/// options of every record after it.
/// </summary>
public static partial class PetrarchValidationReader
{
    /// <summary>Reads a suite from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="PetrarchFormatException">A sentence element is malformed (the message gives its line).</exception>
    public static PetrarchValidationSuite Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lines.Add(line.TrimStart().StartsWith("<PLEvent", StringComparison.Ordinal) ? string.Empty : line);
        }

        var text = string.Join('\n', lines);
        text = Comment().Replace(text, m => new string('\n', m.Value.Count(c => c == '\n')));
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in FileElement().Matches(text))
        {
            files[m.Groups["name"].Value] = m.Groups["value"].Value.Trim();
        }

        var include = new List<string>();
        var includeMatch = IncludeElement().Match(text);
        if (includeMatch.Success)
        {
            include.AddRange(includeMatch.Groups["value"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToUpperInvariant()));
        }

        var options = new PetrarchSuiteOptions();
        var records = new List<PetrarchValidationRecord>();
        foreach (Match m in Item().Matches(text))
        {
            var lineNumber = LineOf(lineStarts, m.Index);
            if (m.Groups["option"].Success)
            {
                options = options.With(XmlDecode(m.Groups["option"].Value), XmlDecode(m.Groups["value"].Value));
                continue;
            }

            records.Add(ReadSentence(m.Value, source, lineNumber, options));
        }

        return new PetrarchValidationSuite { Records = records, Include = include, Files = files };
    }

    private static PetrarchValidationRecord ReadSentence(string xml, string source, int line, PetrarchSuiteOptions options)
    {
        XElement element;
        try
        {
            element = XElement.Parse(xml);
        }
        catch (XmlException e)
        {
            throw new PetrarchFormatException($"{source}:{line + e.LineNumber - 1}: the <Sentence> element is not well-formed XML ({e.Message}). Fix the record or remove it.", e);
        }

        var id = (string?)element.Attribute("id") ?? $"line-{line}";
        var expected = new List<PetrarchEvent>();
        var noEvents = false;
        string? error = null;
        foreach (var coding in element.Elements("EventCoding"))
        {
            if ((string?)coding.Attribute("noevents") is { } none)
            {
                noEvents = none.Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
            }
            else if ((string?)coding.Attribute("error") is { } err)
            {
                error = err;
            }
            else
            {
                var code = (string?)coding.Attribute("eventcode");
                if (code is null)
                {
                    throw new PetrarchFormatException($"{source}:{line}: record {id} has an <EventCoding> without eventcode, noevents or error.");
                }

                expected.Add(new PetrarchEvent(code.Trim(), ((string?)coding.Attribute("sourcecode") ?? "---").Trim(), ((string?)coding.Attribute("targetcode") ?? "---").Trim()));
            }
        }

        var text = string.Join(' ', ((string?)element.Element("Text") ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new PetrarchValidationRecord
        {
            Id = id,
            Category = ((string?)element.Attribute("category") ?? string.Empty).Trim(),
            Date = ParseDate((string?)element.Attribute("date")),
            Evaluate = !((string?)element.Attribute("evaluate") ?? "true").Trim().Equals("false", StringComparison.OrdinalIgnoreCase),
            Text = text,
            Parse = ReadParse((string?)element.Element("Parse"), source, line, id),
            Expected = expected,
            ExpectsNoEvents = noEvents,
            ExpectedError = error,
            Options = options,
            Line = line,
        };
    }

    private static List<PetrarchParseRow> ReadParse(string? conll, string source, int line, string id)
    {
        var rows = new List<PetrarchParseRow>();
        if (conll is null)
        {
            return rows;
        }

        foreach (var raw in conll.Split('\n'))
        {
            var row = raw.Trim('\r', ' ');
            if (row.Length == 0 || row.StartsWith('#'))
            {
                continue;
            }

            var cols = row.Split('\t');
            if (cols.Length < 8)
            {
                cols = row.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            }

            if (cols.Length < 8 || cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal))
            {
                if (cols.Length >= 8)
                {
                    continue; // multi-word token or empty node
                }

                throw new PetrarchFormatException($"{source}:{line}: record {id} has a parse row with fewer than 8 columns: '{row}'.");
            }

            if (!int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var wordId) || !int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out var head))
            {
                throw new PetrarchFormatException($"{source}:{line}: record {id} has a parse row with a non-numeric id or head: '{row}'.");
            }

            rows.Add(new PetrarchParseRow(wordId, cols[1], cols[2], cols[3], cols[4], head, cols[7]));
        }

        return rows;
    }

    private static DateOnly? ParseDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string XmlDecode(string value) => System.Net.WebUtility.HtmlDecode(value);

    private static int LineOf(List<int> lineStarts, int index)
    {
        var found = lineStarts.BinarySearch(index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(?<name>Verbfile|Actorfile|Agentfile|Discardfile|PICOfile)>(?<value>[^<]*)</\k<name>>", RegexOptions.CultureInvariant)]
    private static partial Regex FileElement();

    [GeneratedRegex(@"<Include>(?<value>[^<]*)</Include>", RegexOptions.CultureInvariant)]
    private static partial Regex IncludeElement();

    [GeneratedRegex(@"<Config\s+option=""(?<option>[^""]*)""\s+value=""(?<value>[^""]*)""\s*/>|<Sentence\b[^>]*>.*?</Sentence>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Item();
}
