using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parley.Ingest.Cleaning;
using Parley.Ingest.Html;
using Parley.Ingest.Text;

namespace Parley.Ingest.Tests;

public sealed class PropertyTests
{
    private static readonly string[] StoryLines =
    [
        CleanerTests.Story1,
        CleanerTests.Story2,
        CleanerTests.Story3,
        "The ministry said on Twitter that the ambassador had been summoned to explain the remarks made in parliament.",
        "Reporting by the newspaper showed that the minister had met the envoy twice before the vote in parliament.",
        "He was a reporter for the state broadcaster before entering politics, and he has never hidden his views.",
        "Follow the money, the senator told the committee, before accusing the agency of hiding the true cost of the programme.",
    ];

    private static readonly string[] FurnitureLines =
    [
        "Share Tweet Submit Pin", "Home > World > Europe", "Politics Features", "Advertisement", "Related: Talks stall again",
        "Sign up for our newsletter", "Photo: Jane Roe/Getty Images", "Jane Doe is a staff writer for The Ledger.",
        "Follow him on Twitter at @jdoe.", "Reporting by Jane Doe; editing by John Smith", "© 2024 The Ledger",
        "Ceasefire Talks Resume in Vienna", "By Jane Doe", "Published March 5, 2024", "",
    ];

    private static Arbitrary<string> Documents() =>
        Gen.Frequency(
                (3, Gen.Elements(StoryLines)),
                (2, Gen.Elements(FurnitureLines)),
                (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .ListOf()
            .SelectMany(lines => Gen.Elements("\n", "\n\n", "\r\n", "\n \n").Select(separator => string.Join(separator, lines)))
            .ToArbitrary();

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    [Property(MaxTest = 500)]
    public void Cleaner_never_throws_on_arbitrary_strings(string? text)
    {
        var result = Cleaner.Clean(text ?? "");
        Assert.NotNull(result.Text);
    }

    [Property(MaxTest = 500)]
    public void Decoder_never_throws_on_arbitrary_bytes(byte[]? bytes)
    {
        var ok = TextDecoder.TryDecode(bytes ?? [], out var text, out var error);
        Assert.True(ok ? text is not null : error is not null);
    }

    [Property(MaxTest = 300)]
    public void Reader_never_throws_and_always_answers(string? text)
    {
        var results = DocumentReader.Create().ReadSniffed("-", text ?? "").ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Succeeded ^ (r.Error is not null)));
    }

    [Property(MaxTest = 300)]
    public void Html_extractor_never_throws(string? html)
    {
        Assert.NotNull(HtmlArticleExtractor.Extract(html ?? "").Text);
    }

    [Property(MaxTest = 300)]
    public void Reader_never_throws_on_arbitrary_file_bytes(byte[]? bytes)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("input", bytes ?? []);
        Assert.NotEmpty(DocumentReader.Create().ReadAll([path]).ToList());
    }

    [Property(MaxTest = 500)]
    public Property Cleaned_paragraphs_are_pieces_of_the_input() => Prop.ForAll(Documents(), text =>
    {
        var input = Collapse(text);
        var result = Cleaner.Clean(text);
        return result.Text.Split("\n\n").All(p => input.Contains(Collapse(p), StringComparison.Ordinal));
    });

    [Property(MaxTest = 500)]
    public bool Arbitrary_strings_give_paragraphs_that_are_pieces_of_the_input(string? raw)
    {
        var text = raw ?? "";
        var input = Collapse(text);
        return Cleaner.Clean(text).Text.Split("\n\n").All(p => input.Contains(Collapse(p), StringComparison.Ordinal));
    }

    [Property(MaxTest = 500)]
    public Property Story_sentences_always_survive_cleaning() => Prop.ForAll(Documents(), text =>
    {
        var output = Cleaner.Clean(text).Text;
        return StoryLines.Where(text.Contains).All(line => output.Contains(line, StringComparison.Ordinal));
    });

    [Property(MaxTest = 300)]
    public Property Removed_text_and_kept_text_account_for_every_word() => Prop.ForAll(Documents(), text =>
    {
        var result = Cleaner.Clean(text);
        var accounted = Collapse(result.Text + " " + string.Join(" ", result.Removed.Select(r => r.Text)));
        return Collapse(text).Split(' ').Where(w => w.Length > 0).All(w => accounted.Contains(w, StringComparison.Ordinal));
    });
}
