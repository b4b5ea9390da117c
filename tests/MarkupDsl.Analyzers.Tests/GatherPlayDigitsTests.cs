using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.GatherPlayDigitsAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class GatherPlayDigitsTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Gather(g => g.Play(string.Empty, digits: [|"1234"|]))""")]
    [InlineData("""new VoiceResponse().Gather(g => g.Say("Menu").Play(string.Empty, digits: [|name|]), numDigits: 1)""")]
    public Task Digits_on_a_play_in_gather_are_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("CXML", expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Play(string.Empty, digits: "1234").Gather(g => g.Play("https://example.com/a.mp3"))""")]
    [InlineData("CXML", """new VoiceResponse().Gather(g => g.Play("https://example.com/a.mp3", digits: null))""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(g => g.Play(string.Empty, digits: "1234"))""")]
    public Task Digits_outside_gather_or_in_another_dialect_are_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Fact]
    public Task The_message_says_where_to_play_the_tones() => Verify.VerifyAnalyzerAsync(
        Sources.In("CXML", """new VoiceResponse().Gather(g => g.Play(string.Empty, digits: {|#0:"9"|}))"""),
        Verify.Diagnostic("MDSL027").WithLocation(0).WithMessage("SignalWire does not support digits on a <Play> nested in <Gather>; play the tones before the <Gather>"));
}
