using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Verifiers;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>The rules about how verbs and streams sit together in a response.</summary>
public sealed class StreamStructureTests
{
    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: [|"both_tracks"|]))""")]
    [InlineData("CXML", """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: [|Track.OutboundTrack|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: [|new Track("outbound_track")|]))""")]
    public Task A_connect_stream_on_a_track_other_than_inbound_is_reported(string dialect, string expression) =>
        AnalyzerVerifier<ConnectTrackAnalyzer>.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: Track.InboundTrack))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: name))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: "both_tracks"))""")]
    public Task An_inbound_connect_stream_or_a_start_stream_on_any_track_is_not_reported(string expression) =>
        AnalyzerVerifier<ConnectTrackAnalyzer>.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Fact]
    public Task The_first_verb_after_a_connect_is_reported() =>
        AnalyzerVerifier<VerbAfterConnectAnalyzer>.VerifyAnalyzerAsync(Sources.In("TwiML",
            """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media")).[|Say|]("Goodbye").Say("Really")"""));

    [Fact]
    public Task Verbs_before_a_connect_are_not_reported() =>
        AnalyzerVerifier<VerbAfterConnectAnalyzer>.VerifyAnalyzerAsync(Sources.In("TwiML",
            """new VoiceResponse().Say("Connecting").Connect(c => c.Stream("wss://example.com/media")).ToString()"""));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", name: "live")).Stop(s => s.Stream([|"lvie"|]))""")]
    [InlineData("SWML", """new SwmlDocument().Stream("wss://example.com/media", controlId: "live").StopStream(controlId: [|"other"|])""")]
    public Task A_stop_naming_a_stream_no_start_began_is_reported(string dialect, string expression) =>
        AnalyzerVerifier<StopStreamAnalyzer>.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", name: "live")).Stop(s => s.Stream("live"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", name: name)).Stop(s => s.Stream("live"))""")]
    [InlineData("""new VoiceResponse().Stop(s => s.Stream(name))""")]
    public Task A_stop_of_a_started_or_not_constant_name_is_not_reported(string expression) =>
        AnalyzerVerifier<StopStreamAnalyzer>.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Fact]
    public Task A_repeated_parameter_name_is_reported() =>
        AnalyzerVerifier<DuplicateParameterAnalyzer>.VerifyAnalyzerAsync(Sources.In("TwiML",
            """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", p => p.Parameter("caller", host).Parameter([|"caller"|], name)))"""));

    [Fact]
    public Task Distinct_parameter_names_and_the_same_name_in_two_streams_are_not_reported() =>
        AnalyzerVerifier<DuplicateParameterAnalyzer>.VerifyAnalyzerAsync(Sources.In("TwiML", """
            new VoiceResponse()
                .Start(s => s.Stream("wss://example.com/a", p => p.Parameter("caller", host).Parameter("called", name)))
                .Connect(c => c.Stream("wss://example.com/b", p => p.Parameter("caller", host)))
            """));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a", name: "live")).Connect(c => c.Stream("wss://example.com/b", name: [|"live"|]))""")]
    [InlineData("SWML", """new SwmlDocument().Stream("wss://example.com/a", controlId: "live").Stream("wss://example.com/b", controlId: [|"live"|])""")]
    public Task A_stream_name_used_twice_in_one_response_is_reported(string dialect, string expression) =>
        AnalyzerVerifier<DuplicateStreamNameAnalyzer>.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/a", name: "live")).Stop(s => s.Stream("live")).Start(s => s.Stream("wss://example.com/a", name: "live"))""")]
    [InlineData("""new object[] { new VoiceResponse().Start(s => s.Stream("wss://example.com/a", name: "live")), new VoiceResponse().Start(s => s.Stream("wss://example.com/a", name: "live")) }""")]
    public Task A_name_reused_after_its_stop_or_in_another_response_is_not_reported(string expression) =>
        AnalyzerVerifier<DuplicateStreamNameAnalyzer>.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", bidirectionalCodec: [|"PCMA"|]))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", bidirectionalMode: BidirectionalMode.Mp3, bidirectionalCodec: [|BidirectionalCodec.G722|]))""")]
    public Task A_bidirectional_codec_outside_rtp_mode_is_reported(string expression) =>
        AnalyzerVerifier<BidirectionalCodecAnalyzer>.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", bidirectionalMode: "rtp", bidirectionalCodec: "PCMA"))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", bidirectionalMode: name, bidirectionalCodec: "PCMA"))""")]
    public Task A_bidirectional_codec_in_rtp_or_unknown_mode_is_not_reported(string expression) =>
        AnalyzerVerifier<BidirectionalCodecAnalyzer>.VerifyAnalyzerAsync(Sources.In("TeXML", expression));
}
