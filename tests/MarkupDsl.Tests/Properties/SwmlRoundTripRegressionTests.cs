using MarkupDsl.SWML.Messaging;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// Counterexamples <see cref="DialectRoundTripProperties"/> found in SWML, shrunk by hand to the value that mattered,
/// each read back from JSON and YAML after the fix in the runtime.
/// </summary>
public class SwmlRoundTripRegressionTests
{
    [Theory]
    [InlineData("next\u0085line")]
    [InlineData("line\u2028separator")]
    [InlineData("paragraph\u2029separator")]
    [InlineData("line feed\nand tab\t")]
    public void YAML_keeps_line_breaks_other_than_line_feed(string label) =>
        AssertRoundTrips(new SwmlMessagingDocument().Label(label));

    [Theory]
    [InlineData("\tleading tab")]
    [InlineData("trailing tab\t")]
    [InlineData(" leading space")]
    public void YAML_keeps_white_space_at_either_end(string dest) =>
        AssertRoundTrips(new SwmlMessagingDocument().Transfer(dest));

    [Fact]
    public void YAML_keeps_a_line_break_in_a_switch_case_key() =>
        AssertRoundTrips(new SwmlMessagingDocument().Switch("x", s => s.Case("]]>\n\t\U0001F600", c => c.Receive())));

    [Theory]
    [InlineData("\"42 Привет\tnaïve")]
    [InlineData("[not json")]
    [InlineData("{\"open\":")]
    public void Text_that_only_looks_like_JSON_reads_back_as_the_same_text(string value) =>
        AssertRoundTrips(new SwmlMessagingDocument().Return(value));

    [Theory]
    [InlineData("\"quoted JSON\"")]
    [InlineData("[1,2]")]
    [InlineData("12")]
    public void JSON_text_still_reads_back_as_the_same_JSON(string value) =>
        AssertRoundTrips(new SwmlMessagingDocument().Return($"\"{value.Replace("\"", "\\\"")}\""));

    private static void AssertRoundTrips(SwmlMessagingDocument document)
    {
        Assert.Equal(document, SwmlMessagingDocument.Parse(document.ToString()));
        Assert.Equal(document, SwmlMessagingDocument.Parse(document.ToYaml()));
    }
}
