using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.ConferenceStreamAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class ConferenceStreamTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/a", [|bidir: true|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/a", name: "a", [|streamSslValidateCertificate: true|], [|streamStartConferenceOnEnter: false|]))""")]
    public Task A_conference_stream_attribute_on_a_call_stream_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("CXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/a", realtime: true, codec: "L16@16000h"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/a", authBearerToken: "t", bidir: null))""")]
    public Task The_call_stream_attributes_are_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("CXML", expression));

    [Fact]
    public Task The_message_names_the_attribute_and_the_verb() => Verify.VerifyAnalyzerAsync(
        Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a", {|#0:bidir: true|}))"""),
        Verify.Diagnostic("MDSL026").WithLocation(0).WithMessage("bidir applies to the <Stream> of a <Conference>; SignalWire ignores it on <Start><Stream>"));
}
