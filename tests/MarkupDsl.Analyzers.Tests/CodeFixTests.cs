using System.Threading.Tasks;
using MarkupDsl.Analyzers.CodeFixes;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class CodeFixTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("ws://example.com/media"))""", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("http://example.com/media"))""", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("https://example.com/media"))""", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"ws://{host}/media"))""", """new VoiceResponse().Start(s => s.Stream($"wss://{host}/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(new Uri("http://example.com/media").ToString()))""", """new VoiceResponse().Start(s => s.Stream(new Uri("wss://example.com/media").ToString()))""")]
    public async Task The_scheme_fix_rewrites_the_url_to_wss(string before, string after) =>
        Assert.Equal(Sources.In("TwiML", after), await CodeFixHarness.Apply(new UrlSchemeCodeFix(), "MDSL001", Sources.In("TwiML", before)));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(Url))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("ftp://example.com/media"))""")]
    public async Task The_scheme_fix_leaves_named_constants_and_other_schemes_alone(string expression) =>
        Assert.False(await CodeFixHarness.Offers(new UrlSchemeCodeFix(), "MDSL001", Sources.In("TwiML", expression)));

    [Fact]
    public async Task The_scheme_fix_fixes_all_in_a_document() =>
        Assert.Equal(
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a")).Connect(c => c.Stream($"wss://{host}/b"))"""),
            await CodeFixHarness.ApplyAll(new UrlSchemeCodeFix(), "MDSL001",
                Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("ws://example.com/a")).Connect(c => c.Stream($"ws://{host}/b"))""")));

    [Theory]
    [InlineData("TwiML", "MDSL003", """track: "inbound" """, """track: "inbound_track" """)]
    [InlineData("TwiML", "MDSL003", """statusCallbackMethod: "post" """, """statusCallbackMethod: "POST" """)]
    [InlineData("TeXML", "MDSL003", """codec: "pcmu" """, """codec: "PCMU" """)]
    [InlineData("TeXML", "MDSL003", """bidirectionalMode: "RTP" """, """bidirectionalMode: "rtp" """)]
    [InlineData("CXML", "MDSL003", """codec: "L16@1600h" """, """codec: "L16@16000h" """)]
    [InlineData("CXML", "MDSL004", """codec: "PCMU" """, """codec: "PCMU@8000h" """)]
    public async Task The_value_fix_writes_the_nearest_known_value(string dialect, string id, string before, string after) =>
        Assert.Equal(
            Sources.In(dialect, $"""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", {after}))"""),
            await CodeFixHarness.Apply(new KnownValueCodeFix(), id, Sources.In(dialect, $"""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", {before}))""")));

    [Theory]
    [InlineData("TwiML", "MDSL003", """track: "sideways" """)]
    [InlineData("TeXML", "MDSL004", """codec: "L16@16000h" """)]
    public async Task The_value_fix_is_not_offered_without_a_single_near_value(string dialect, string id, string argument) =>
        Assert.False(await CodeFixHarness.Offers(new KnownValueCodeFix(), id,
            Sources.In(dialect, $"""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", {argument}))""")));

    [Fact]
    public async Task The_value_fix_makes_a_connect_stream_inbound() =>
        Assert.Equal(
            Sources.In("TwiML", """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: "inbound_track"))"""),
            await CodeFixHarness.Apply(new KnownValueCodeFix(), "MDSL005",
                Sources.In("TwiML", """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: "both_tracks"))""")));

    [Fact]
    public async Task The_value_fix_fixes_all_in_a_document() =>
        Assert.Equal(
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a", track: "inbound_track")).Start(s => s.Stream("wss://example.com/b", track: "outbound_track"))"""),
            await CodeFixHarness.ApplyAll(new KnownValueCodeFix(), "MDSL003",
                Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a", track: "inbound")).Start(s => s.Stream("wss://example.com/b", track: "outbound"))""")));

    [Theory]
    [InlineData("""new VoiceResponse().Say("Hello", voice: "Polly.Joana")""", """new VoiceResponse().Say("Hello", voice: "Polly.Joanna")""")]
    [InlineData("""new VoiceResponse().Say("Hello", voice: "polly.matthew-neural")""", """new VoiceResponse().Say("Hello", voice: "Polly.Matthew-Neural")""")]
    [InlineData("""new VoiceResponse().Gather(input: ["dtmf", "Speech"])""", """new VoiceResponse().Gather(input: ["dtmf", "speech"])""")]
    [InlineData("""new VoiceResponse().Gather(language: "en-us")""", """new VoiceResponse().Gather(language: "en-US")""")]
    [InlineData("""new VoiceResponse().Pay(validCardTypes: ["visa", "master-card"])""", """new VoiceResponse().Pay(validCardTypes: ["visa", "mastercard"])""")]
    public async Task The_value_fix_writes_the_nearest_voice_language_or_list_item(string before, string after) =>
        Assert.Equal(Sources.In("TwiML", after), await CodeFixHarness.Apply(new KnownValueCodeFix(), "MDSL003", Sources.In("TwiML", before)));

    [Theory]
    [InlineData("""new VoiceResponse().Say("Hello", voice: "joanna")""")]
    [InlineData("""new VoiceResponse().Say("Hello", voice: "Google.en-US-Standard-Z")""")]
    public async Task The_value_fix_is_not_offered_between_several_equally_near_voices(string expression) =>
        Assert.False(await CodeFixHarness.Offers(new KnownValueCodeFix(), "MDSL003", Sources.In("TwiML", expression)));

    [Theory]
    [InlineData("""new VoiceResponse().Gather(action: "ws://example.com/next")""", """new VoiceResponse().Gather(action: "http://example.com/next")""")]
    [InlineData("""new VoiceResponse().Gather(action: "wss://example.com/next")""", """new VoiceResponse().Gather(action: "https://example.com/next")""")]
    [InlineData("""new VoiceResponse().Record(action: new Uri("HTTPS://example.com/recorded").ToString())""", """new VoiceResponse().Record(action: new Uri("https://example.com/recorded").ToString())""")]
    [InlineData("""new VoiceResponse().Connect(c => c.ConversationRelay("ws://example.com/relay"))""", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/relay"))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.ConversationRelay("https://example.com/relay"))""", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/relay"))""")]
    public async Task The_scheme_fix_gives_a_url_that_breaks_its_pattern_the_scheme_that_fits(string before, string after) =>
        Assert.Equal(Sources.In("TwiML", after), await CodeFixHarness.Apply(new UrlSchemeCodeFix(), "MDSL014", Sources.In("TwiML", before)));

    [Theory]
    [InlineData("""new VoiceResponse().Gather(action: "mailto:ops@example.com")""")]
    [InlineData("""new VoiceResponse().Gather(action: "ftp://example.com/next")""")]
    [InlineData("""new VoiceResponse().Gather(action: "ws://example.com/a b")""")]
    [InlineData("""new VoiceResponse().Gather(action: Url)""")]
    [InlineData("""new VoiceResponse().Play("https://example.com/a.mp3", digits: "12a")""")]
    public async Task The_scheme_fix_is_not_offered_when_no_scheme_alone_makes_the_value_fit(string expression) =>
        Assert.False(await CodeFixHarness.Offers(new UrlSchemeCodeFix(), "MDSL014", Sources.In("TwiML", expression)));

    [Fact]
    public async Task The_scheme_fix_fixes_every_url_pattern_in_a_document() =>
        Assert.Equal(
            Sources.In("TwiML", """new VoiceResponse().Gather(action: "http://example.com/a").Connect(c => c.ConversationRelay("wss://example.com/b"))"""),
            await CodeFixHarness.ApplyAll(new UrlSchemeCodeFix(), "MDSL014",
                Sources.In("TwiML", """new VoiceResponse().Gather(action: "ws://example.com/a").Connect(c => c.ConversationRelay("ws://example.com/b"))""")));
}
