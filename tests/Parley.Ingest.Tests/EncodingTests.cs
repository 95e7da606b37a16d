using System.Text;

namespace Parley.Ingest.Tests;

public sealed class EncodingTests
{
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
    private const string Text = "The minister’s “final offer” was rejected — again — in Zürich on Monday.";

    private static ReadResult Read(byte[] bytes)
    {
        using var dir = new TempDirectory();
        return Assert.Single(DocumentReader.Create().ReadAll([dir.Write("a.txt", bytes)]));
    }

    private static byte[] Concat(byte[] a, byte[] b) => [.. a, .. b];

    public static TheoryData<string, byte[]> Encoded() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Text) },
        { "utf-8 bom", Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(Text)) },
        { "utf-16 le bom", Concat([0xFF, 0xFE], Encoding.Unicode.GetBytes(Text)) },
        { "utf-16 be bom", Concat([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(Text)) },
        { "utf-16 le no bom", Encoding.Unicode.GetBytes(Text) },
        { "utf-16 be no bom", Encoding.BigEndianUnicode.GetBytes(Text) },
        { "utf-32 le bom", Concat([0xFF, 0xFE, 0x00, 0x00], Encoding.UTF32.GetBytes(Text)) },
        { "windows-1252", Cp1252(Text) },
    };

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Encodings_decode_to_the_same_text(string name, byte[] bytes)
    {
        var result = Read(bytes);

        Assert.True(result.Succeeded, $"{name}: {result.Error}");
        Assert.Equal(Text, result.Document!.Text);
    }

    [Fact]
    public void Latin1_accented_letters_decode()
    {
        var result = Read([.. Encoding.ASCII.GetBytes("Talks in S"), 0xE3, .. Encoding.ASCII.GetBytes("o Paulo and Bogot"), 0xE1, .. Encoding.ASCII.GetBytes(" ended on Friday.")]);

        Assert.Equal("Talks in São Paulo and Bogotá ended on Friday.", result.Document!.Text);
    }

    [Fact]
    public void Double_encoded_utf8_is_repaired()
    {
        var mojibake = Encoding.UTF8.GetBytes(Encoding.UTF8.GetBytes(Text).Select(b => Cp1252Char(b)).ToArray());

        var result = Read(mojibake);

        Assert.Equal(Text, result.Document!.Text);
    }

    [Fact]
    public void Undefined_windows1252_bytes_are_not_plausible_text()
    {
        var result = Read([.. Encoding.ASCII.GetBytes("Talks ended "), 0x81, 0x8D, 0x8F, .. Encoding.ASCII.GetBytes(" on Friday.")]);

        Assert.Contains("not valid UTF-8", result.Error);
    }

    [Fact]
    public void Broken_bytes_after_a_bom_are_an_error()
    {
        var result = Read([0xFF, 0xFE, 0x00, 0xD8, 0x41]);

        Assert.False(result.Succeeded);
    }

    private static byte[] Cp1252(string text) => text.Select(c => c switch
    {
        '’' => (byte)0x92,
        '“' => (byte)0x93,
        '”' => (byte)0x94,
        '—' => (byte)0x97,
        _ => (byte)c,
    }).ToArray();

    private static char Cp1252Char(byte b) => b is >= 0x80 and < 0xA0 ? Cp1252High[b - 0x80] : (char)b;
}
