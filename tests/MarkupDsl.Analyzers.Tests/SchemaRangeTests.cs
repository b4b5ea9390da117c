using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.SchemaRangeAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class SchemaRangeTests
{
    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Gather(numDigits: [|0|], timeout: [|-1|], maxSpeechTime: 60)""")]
    [InlineData("TwiML", """new VoiceResponse().Dial("+15551234567", timeout: [|2|], timeLimit: [|86401|])""")]
    [InlineData("TwiML", """new VoiceResponse().Dial("+15551234567", timeout: [|2 + 1|], timeLimit: [|int.MaxValue|])""")]
    [InlineData("TwiML", """new VoiceResponse().Record(maxLength: [|1|], timeout: 5)""")]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Conference("room", maxParticipants: [|251|]))""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(maxAttempts: [|4|])""")]
    [InlineData("TwiML", """new VoiceResponse().Prompt("payment-card-number", attempt: [1, [|11|], 2])""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(p => p.Prompt("payment-card-number", attempt: new[] { [|0|], 2 }))""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(p => p.Prompt("expiration-date", attempt: new System.Collections.Generic.List<int> { 1, [|12|] }))""")]
    [InlineData("TeXML", """new VoiceResponse().Say("Hello", loop: [|-1|])""")]
    public Task A_constant_outside_the_schema_bounds_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Gather(numDigits: 1, timeout: int.MaxValue).Say("Hello", loop: 0)""")]
    [InlineData("TwiML", """new VoiceResponse().Dial("+15551234567", timeout: 5).Dial("+15551234567", timeout: 600, timeLimit: 86400)""")]
    [InlineData("TwiML", """new VoiceResponse().Dial("+15551234567", timeout: name.Length).Gather(numDigits: null)""")]
    [InlineData("TwiML", """new VoiceResponse().Prompt("payment-card-number", attempt: [1, 10, .. new[] { 0 }])""")]
    [InlineData("CXML", """new VoiceResponse().Say("Hello", loop: 3)""")]
    public Task A_constant_within_the_bounds_or_a_value_unknown_at_compile_time_is_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("""new VoiceResponse().Dial("+15551234567", timeout: {|#0:2|})""", "The 'timeout' of <Dial> must be from 5 to 600, not 2; the builder throws when this runs")]
    [InlineData("""new VoiceResponse().Gather(numDigits: {|#0:0|})""", "The 'numDigits' of <Gather> must be at least 1, not 0; the builder throws when this runs")]
    [InlineData("""new VoiceResponse().Prompt("payment-card-number", attempt: [{|#0:11|}])""", "The 'attempt' of <Prompt> must be from 1 to 10, not 11; the builder throws when this runs")]
    public Task The_message_gives_the_attribute_the_element_and_the_bounds(string expression, string message) => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", expression),
        Verify.Diagnostic("MDSL013").WithLocation(0).WithMessage(message));
}
