using System.Text;
using Parley.Training.Corpora;

namespace Parley.Nlp.Tests.Corpora;

public sealed class CameoCodebookTests
{
    [Fact]
    public void Reads_examples_with_quoted_commas_and_drops_coder_notes()
    {
        const string csv = "\"\",\"name\",\"code\",\"example\"\n" +
                           "\"1\",\"Consult\",\"040\",\"Envoys met, briefly, in Oslo. Note: Two events are coded.\"\n" +
                           "\"2\",\"ROOT\",\"04\",NA\n" +
                           "\"3\",\"Say \"\"hi\"\"\",\"010\",\"The minister spoke.\"\n";

        var examples = CameoCodebook.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(2, examples.Count);
        Assert.Equal(new CameoCodebook.Example("040", "Consult", "Envoys met, briefly, in Oslo."), examples[0]);
        Assert.Equal("Say \"hi\"", examples[1].Name);
    }

    [Fact]
    public void Repair_undoes_the_double_mis_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var original = "Moscow’s will";
        var broken = Encoding.GetEncoding(1252).GetBytes(Encoding.GetEncoding(10000).GetString(Encoding.UTF8.GetBytes(original)));

        Assert.Equal(original, CameoCodebook.Repair(broken));
    }

    [Fact]
    public void A_codebook_without_an_example_column_is_rejected_by_name()
    {
        var error = Assert.Throws<FormatException>(() => CameoCodebook.Read(new MemoryStream("code,name\n01,x\n"u8.ToArray())));
        Assert.Contains("example", error.Message, StringComparison.Ordinal);
    }
}
