using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class KnownValueTests
{
    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: [|"inbound"|]))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallbackMethod: [|"PUT"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: [|"pcmu"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", bidirectionalMode: [|"webrtc"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", bidirectionalSamplingRate: [|"44100"|]))""")]
    [InlineData("SWML", """new SwmlDocument().Stream("wss://example.com/media", track: new Track([|"both"|]))""")]
    public Task A_value_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: "both_tracks", statusCallbackMethod: "GET"))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: Track.BothTracks))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: name))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "OPUS", bidirectionalSamplingRate: "16000"))""")]
    public Task A_documented_or_unknown_at_compile_time_value_is_not_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: [|"OPUS"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: [|"L16@16000h"|]))""")]
    public Task A_value_of_another_dialect_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL004", Sources.In(dialect, expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "L16@16000h"))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "nonsense"))""")]
    public Task A_value_of_this_dialect_or_of_none_is_not_reported_as_another_dialects(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL004", Sources.In(dialect, expression));

    [Fact]
    public async Task The_message_names_the_other_dialect_and_the_values_this_one_takes()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL004",
            Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "OPUS"))"""));
        Assert.Equal("'OPUS' is a Codec value of TeXML, not of cXML; cXML takes PCMU@8000h, L16@16000h, L16@24000h", diagnostic.GetMessage());
    }

    [Fact]
    public async Task The_message_suggests_the_nearest_known_value()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL003",
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: "inbound"))"""));
        Assert.Equal("'inbound' is not a TwiML Track value; the documented values are inbound_track, outbound_track, both_tracks; did you mean 'inbound_track'?",
            diagnostic.GetMessage());
    }
}
