using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.TeXMLDialRangeAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class TeXMLDialRangeTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Dial("+15551234567", timeout: [|121|])""")]
    [InlineData("""new VoiceResponse().Dial("+15551234567", timeLimit: [|59|]).Dial("+15551234567", timeLimit: [|14401|])""")]
    [InlineData("""new VoiceResponse().Dial(d => d.Number("+15551234567"), timeout: [|600|], timeLimit: [|30|])""")]
    public Task A_value_outside_telnyxs_range_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Dial("+15551234567", timeout: 120, timeLimit: 60).Dial("+15551234567", timeout: 5, timeLimit: 14400)""")]
    [InlineData("TeXML", """new VoiceResponse().Dial("+15551234567", timeout: name.Length)""")]
    [InlineData("CXML", """new VoiceResponse().Dial("+15551234567", timeout: 600, timeLimit: 30)""")]
    [InlineData("TwiML", """new VoiceResponse().Dial("+15551234567", timeout: 600, timeLimit: 30)""")]
    public Task A_value_in_range_unknown_or_in_another_dialect_is_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Fact]
    public Task The_message_gives_telnyxs_range() => Verify.VerifyAnalyzerAsync(
        Sources.In("TeXML", """new VoiceResponse().Dial("+15551234567", timeout: {|#0:300|})"""),
        Verify.Diagnostic("MDSL022").WithLocation(0).WithMessage("Telnyx's <Dial> takes timeout from 5 to 120, not 300"));
}
