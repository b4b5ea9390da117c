using System.Threading.Tasks;
using MarkupDsl.Analyzers.CodeFixes;
using MarkupDsl.Analyzers.Tests.Verifiers;
using PatternFix = MarkupDsl.Analyzers.Tests.Verifiers.CodeFixVerifier<MarkupDsl.Analyzers.SchemaPatternAnalyzer, MarkupDsl.Analyzers.CodeFixes.UrlSchemeCodeFix>;
using StreamUrlFix = MarkupDsl.Analyzers.Tests.Verifiers.CodeFixVerifier<MarkupDsl.Analyzers.StreamUrlAnalyzer, MarkupDsl.Analyzers.CodeFixes.UrlSchemeCodeFix>;
using TrackFix = MarkupDsl.Analyzers.Tests.Verifiers.CodeFixVerifier<MarkupDsl.Analyzers.ConnectTrackAnalyzer, MarkupDsl.Analyzers.CodeFixes.KnownValueCodeFix>;
using ValueFix = MarkupDsl.Analyzers.Tests.Verifiers.CodeFixVerifier<MarkupDsl.Analyzers.KnownValueAnalyzer, MarkupDsl.Analyzers.CodeFixes.KnownValueCodeFix>;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>
/// The code fixes, each checked by the framework one diagnostic at a time and with Fix All in the document, the
/// project and the solution; a fixed source equal to the source means that no fix may be offered.
/// </summary>
public sealed class CodeFixTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:"ws://example.com/media"|}))""", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:"http://example.com/media"|}))""", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:"https://example.com/media"|}))""", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"{|MDSL001:ws://|}{host}/media"))""", """new VoiceResponse().Start(s => s.Stream($"wss://{host}/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(new Uri({|MDSL001:"http://example.com/media"|}).ToString()))""", """new VoiceResponse().Start(s => s.Stream(new Uri("wss://example.com/media").ToString()))""")]
    public Task The_scheme_fix_rewrites_the_url_to_wss(string before, string after) =>
        StreamUrlFix.VerifyCodeFixAsync(Sources.In("TwiML", before), Sources.In("TwiML", after));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:Url|}))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:"ftp://example.com/media"|}))""")]
    public Task The_scheme_fix_leaves_named_constants_and_other_schemes_alone(string expression) =>
        StreamUrlFix.VerifyCodeFixAsync(Sources.In("TwiML", expression), Sources.In("TwiML", expression));

    [Fact]
    public Task The_scheme_fix_fixes_all_in_a_document() =>
        StreamUrlFix.VerifyCodeFixAsync(
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream({|MDSL001:"ws://example.com/a"|})).Connect(c => c.Stream($"{|MDSL001:ws://|}{host}/b"))"""),
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a")).Connect(c => c.Stream($"wss://{host}/b"))"""));

    [Fact]
    public Task The_scheme_fix_fixes_all_in_the_project_and_the_solution()
    {
        // Two documents in the test project and one in a second project: Fix All in the project reaches both
        // documents, and Fix All in the solution the second project too.
        var test = new StreamUrlFix.Test();
        test.TestState.Sources.Add(Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream({|MDSL001:"ws://example.com/a"|}))""", "First"));
        test.TestState.Sources.Add(Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream({|MDSL001:"http://example.com/b"|}))""", "Second"));
        test.TestState.AdditionalProjects["Other"].Sources.Add(Sources.In("SWML", """new SwmlDocument().Stream({|MDSL001:"ws://example.com/c"|})""", "Third"));
        test.FixedState.Sources.Add(Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a"))""", "First"));
        test.FixedState.Sources.Add(Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/b"))""", "Second"));
        test.FixedState.AdditionalProjects["Other"].Sources.Add(Sources.In("SWML", """new SwmlDocument().Stream("wss://example.com/c")""", "Third"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("TwiML", """track: {|MDSL003:"inbound"|}""", """track: "inbound_track" """)]
    [InlineData("TwiML", """statusCallbackMethod: {|MDSL003:"post"|}""", """statusCallbackMethod: "POST" """)]
    [InlineData("TeXML", """codec: {|MDSL003:"pcmu"|}""", """codec: "PCMU" """)]
    [InlineData("TeXML", """bidirectionalMode: {|MDSL003:"RTP"|}""", """bidirectionalMode: "rtp" """)]
    [InlineData("CXML", """codec: {|MDSL003:"L16@1600h"|}""", """codec: "L16@16000h" """)]
    [InlineData("CXML", """codec: {|MDSL004:"PCMU"|}""", """codec: "PCMU@8000h" """)]
    public Task The_value_fix_writes_the_nearest_known_value(string dialect, string before, string after) =>
        ValueFix.VerifyCodeFixAsync(
            Sources.In(dialect, $"""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", {before}))"""),
            Sources.In(dialect, $"""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", {after.TrimEnd()}))"""));

    [Theory]
    [InlineData("TwiML", """track: {|MDSL003:"sideways"|}""")]
    [InlineData("TeXML", """codec: {|MDSL004:"L16@16000h"|}""")]
    public Task The_value_fix_is_not_offered_without_a_single_near_value(string dialect, string argument)
    {
        string source = Sources.In(dialect, $"""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", {argument}))""");
        return ValueFix.VerifyCodeFixAsync(source, source);
    }

    [Fact]
    public Task The_value_fix_makes_a_connect_stream_inbound() =>
        TrackFix.VerifyCodeFixAsync(
            Sources.In("TwiML", """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: [|"both_tracks"|]))"""),
            Sources.In("TwiML", """new VoiceResponse().Connect(c => c.Stream("wss://example.com/media", track: "inbound_track"))"""));

    [Fact]
    public Task The_value_fix_fixes_all_in_a_document() =>
        ValueFix.VerifyCodeFixAsync(
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a", track: {|MDSL003:"inbound"|})).Start(s => s.Stream("wss://example.com/b", track: {|MDSL003:"outbound"|}))"""),
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a", track: "inbound_track")).Start(s => s.Stream("wss://example.com/b", track: "outbound_track"))"""));

    [Fact]
    public Task The_value_fix_fixes_all_in_the_project_and_the_solution()
    {
        var test = new ValueFix.Test();
        test.TestState.Sources.Add(Sources.In("TwiML", """new VoiceResponse().Say("Hello", voice: {|MDSL003:"Polly.Joana"|})""", "First"));
        test.TestState.Sources.Add(Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/b", codec: {|MDSL004:"PCMU"|}))""", "Second"));
        test.TestState.AdditionalProjects["Other"].Sources.Add(Sources.In("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/c", codec: {|MDSL003:"pcmu"|}))""", "Third"));
        test.FixedState.Sources.Add(Sources.In("TwiML", """new VoiceResponse().Say("Hello", voice: "Polly.Joanna")""", "First"));
        test.FixedState.Sources.Add(Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/b", codec: "PCMU@8000h"))""", "Second"));
        test.FixedState.AdditionalProjects["Other"].Sources.Add(Sources.In("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/c", codec: "PCMU"))""", "Third"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("""new VoiceResponse().Say("Hello", voice: {|MDSL003:"Polly.Joana"|})""", """new VoiceResponse().Say("Hello", voice: "Polly.Joanna")""")]
    [InlineData("""new VoiceResponse().Say("Hello", voice: {|MDSL003:"polly.matthew-neural"|})""", """new VoiceResponse().Say("Hello", voice: "Polly.Matthew-Neural")""")]
    [InlineData("""new VoiceResponse().Gather(input: ["dtmf", {|MDSL003:"Speech"|}])""", """new VoiceResponse().Gather(input: ["dtmf", "speech"])""")]
    [InlineData("""new VoiceResponse().Gather(language: {|MDSL003:"en-us"|})""", """new VoiceResponse().Gather(language: "en-US")""")]
    [InlineData("""new VoiceResponse().Pay(validCardTypes: ["visa", {|MDSL003:"master-card"|}])""", """new VoiceResponse().Pay(validCardTypes: ["visa", "mastercard"])""")]
    public Task The_value_fix_writes_the_nearest_voice_language_or_list_item(string before, string after) =>
        ValueFix.VerifyCodeFixAsync(Sources.In("TwiML", before), Sources.In("TwiML", after));

    [Theory]
    [InlineData("""new VoiceResponse().Say("Hello", voice: {|MDSL003:"joanna"|})""")]
    [InlineData("""new VoiceResponse().Say("Hello", voice: {|MDSL003:"Google.en-US-Standard-Z"|})""")]
    public Task The_value_fix_is_not_offered_between_several_equally_near_voices(string expression) =>
        ValueFix.VerifyCodeFixAsync(Sources.In("TwiML", expression), Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Gather(action: [|"ws://example.com/next"|])""", """new VoiceResponse().Gather(action: "http://example.com/next")""")]
    [InlineData("""new VoiceResponse().Gather(action: [|"wss://example.com/next"|])""", """new VoiceResponse().Gather(action: "https://example.com/next")""")]
    [InlineData("""new VoiceResponse().Record(action: new Uri([|"HTTPS://example.com/recorded"|]).ToString())""", """new VoiceResponse().Record(action: new Uri("https://example.com/recorded").ToString())""")]
    [InlineData("""new VoiceResponse().Connect(c => c.ConversationRelay([|"ws://example.com/relay"|]))""", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/relay"))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.ConversationRelay([|"https://example.com/relay"|]))""", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/relay"))""")]
    public Task The_scheme_fix_gives_a_url_that_breaks_its_pattern_the_scheme_that_fits(string before, string after) =>
        PatternFix.VerifyCodeFixAsync(Sources.In("TwiML", before), Sources.In("TwiML", after));

    [Theory]
    [InlineData("""new VoiceResponse().Gather(action: [|"mailto:ops@example.com"|])""")]
    [InlineData("""new VoiceResponse().Gather(action: [|"ftp://example.com/next"|])""")]
    [InlineData("""new VoiceResponse().Gather(action: [|"ws://example.com/a b"|])""")]
    [InlineData("""new VoiceResponse().Gather(action: [|Url|])""")]
    [InlineData("""new VoiceResponse().Play("https://example.com/a.mp3", digits: [|"12a"|])""")]
    public Task The_scheme_fix_is_not_offered_when_no_scheme_alone_makes_the_value_fit(string expression) =>
        PatternFix.VerifyCodeFixAsync(Sources.In("TwiML", expression), Sources.In("TwiML", expression));

    [Fact]
    public Task The_scheme_fix_fixes_every_url_pattern_in_a_document() =>
        PatternFix.VerifyCodeFixAsync(
            Sources.In("TwiML", """new VoiceResponse().Gather(action: [|"ws://example.com/a"|]).Connect(c => c.ConversationRelay([|"ws://example.com/b"|]))"""),
            Sources.In("TwiML", """new VoiceResponse().Gather(action: "http://example.com/a").Connect(c => c.ConversationRelay("wss://example.com/b"))"""));
}
