using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.KnownValueAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>The known-value rules (MDSL003, MDSL004) over the enumerated parameters of SWML's calling methods.</summary>
public sealed class SwmlKnownValueTests
{
    [Theory]
    [InlineData("""new SwmlDocument().Hangup(reason: {|MDSL003:"busy-here"|})""")]
    [InlineData("""new SwmlDocument().Record(format: {|MDSL003:"ogg"|}, direction: {|MDSL003:"inbound"|})""")]
    [InlineData("""new SwmlDocument().RecordCall(format: {|MDSL003:"WAV"|})""")]
    [InlineData("""new SwmlDocument().Tap("rtp://10.0.0.1:5000", codec: {|MDSL003:"OPUS"|})""")]
    [InlineData("""new SwmlDocument().Request("https://example.com/api", {|MDSL003:"HEAD"|})""")]
    [InlineData("""new SwmlDocument().DetectMachine(tone: {|MDSL003:"cng"|})""")]
    [InlineData("""new SwmlDocument().JoinConference("c", trim: {|MDSL003:"trim"|}, beep: {|MDSL003:"onenter"|})""")]
    public Task An_undocumented_value_of_a_method_parameter_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("SWML", expression));

    [Theory]
    [InlineData("""new SwmlDocument().Hangup(reason: "decline").Record(format: "mp4", direction: "listen")""")]
    [InlineData("""new SwmlDocument().Request("https://example.com/api", "DELETE").JoinConference("c", region: "ch", beep: "onExit")""")]
    public Task A_documented_value_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("SWML", expression));

    [Theory]
    [InlineData("SWML", """new SwmlDocument().JoinConference("c", region: {|MDSL004:"us1"|})""")]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Conference("c", region: {|MDSL004:"eu"|}))""")]
    public Task A_conference_region_of_the_other_dialect_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Fact]
    public Task The_message_names_twilios_region_and_lists_signalwires() => Verify.VerifyAnalyzerAsync(
        Sources.In("SWML", """new SwmlDocument().JoinConference("c", region: {|#0:"ie1"|})"""),
        Verify.Diagnostic("MDSL004").WithLocation(0).WithMessage("'ie1' is a ConferenceRegion value of TwiML, not of SWML; SWML takes global, us, eu, ch"));
}
