using System;
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

    [Fact]
    public void A_second_switch_case_with_the_same_value_is_refused_naming_value()
    {
        var document = new SwmlMessagingDocument();
        var error = Assert.Throws<ArgumentException>(() =>
            document.Switch("${x}", s => s.Case("1", c => c.Receive()).Case("1", c => c.Label("again"))));

        Assert.Equal("value", error.ParamName);
        Assert.StartsWith("<switch> already has a <case> whose value is '1'", error.Message);
    }

    [Fact]
    public void Switch_cases_with_different_values_read_back()
    {
        var document = new SwmlMessagingDocument().Switch("${x}", s => s.Case("1", c => c.Receive()).Case("2", c => c.Label("two")));

        AssertRoundTrips(document);
        Assert.Contains("\"case\":{\"1\":[{\"receive\":", document.ToString());
        Assert.Contains("\"2\":[{\"label\":\"two\"}]", document.ToString());
    }

    private static void AssertRoundTrips(SwmlMessagingDocument document)
    {
        Assert.Equal(document, SwmlMessagingDocument.Parse(document.ToString()));
        Assert.Equal(document, SwmlMessagingDocument.Parse(document.ToYaml()));
    }
}
