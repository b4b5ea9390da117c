using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class GatherPlayDigitsTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Gather(g => g.Play(string.Empty, digits: [|"1234"|]))""")]
    [InlineData("""new VoiceResponse().Gather(g => g.Say("Menu").Play(string.Empty, digits: [|name|]), numDigits: 1)""")]
    public Task Digits_on_a_play_in_gather_are_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL027", Sources.In("CXML", expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Play(string.Empty, digits: "1234").Gather(g => g.Play("https://example.com/a.mp3"))""")]
    [InlineData("CXML", """new VoiceResponse().Gather(g => g.Play("https://example.com/a.mp3", digits: null))""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(g => g.Play(string.Empty, digits: "1234"))""")]
    public Task Digits_outside_gather_or_in_another_dialect_are_not_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL027", Sources.In(dialect, expression));

    [Fact]
    public async Task The_message_says_where_to_play_the_tones()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL027", Sources.In("CXML", """new VoiceResponse().Gather(g => g.Play(string.Empty, digits: "9"))"""));
        Assert.Equal("SignalWire does not support digits on a <Play> nested in <Gather>; play the tones before the <Gather>", diagnostic.GetMessage());
    }
}
