using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Verifiers;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.SchemaPatternAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class SchemaPatternTests
{
    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Gather(action: [|"ws://example.com/next"|], partialResultCallback: [|"mailto:ops@example.com"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Record(action: new Uri([|"ftp://example.com/recorded"|]).ToString(), finishOnKey: [|"a"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Play("https://example.com/a.mp3", digits: [|"12a"|]).Redirect("/next").Enqueue("support", waitUrl: [|Url|])""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(speechTimeout: [|"0"|], finishOnKey: [|"##"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Number("+15551234567", url: [|"whisper url"|]), callReason: [|""|])""")]
    [InlineData("TwiML", """new VoiceResponse().Connect(c => c.ConversationRelay([|"ws://example.com/relay"|]))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Siprec("connector", statusCallback: [|"/siprec-status"|]))""")]
    [InlineData("TwiML.Messaging", """new MessagingResponse().Message("Hi", action: [|"ws://example.com/sent"|])""")]
    public Task A_constant_that_does_not_match_the_schema_pattern_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Gather(action: "/next", partialResultCallback: "partial?step=2", speechTimeout: "auto", finishOnKey: "")""")]
    [InlineData("TwiML", """new VoiceResponse().Record(action: "https://example.com/recorded#top", finishOnKey: "1234567890*#")""")]
    [InlineData("TwiML", """new VoiceResponse().Play("https://example.com/a.mp3", digits: "ww1234#").Gather(speechTimeout: "5")""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(action: $"ws://{host}/next", partialResultCallback: name)""")]
    [InlineData("TwiML", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/relay"))""")]
    public Task A_matching_constant_or_a_value_unknown_at_compile_time_is_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    // Every analyzer runs: the stream URLs get the stream URL rules' diagnostics, and no MDSL014.
    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream({|MDSL001:{|MDSL002:"ws://example.com/media?x=1"|}|}, statusCallback: {|MDSL010:"/status"|})).Connect(c => c.Stream({|MDSL001:"https://example.com/b"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream({|MDSL011:"/media"|}, statusCallback: {|MDSL010:"status"|}))""")]
    [InlineData("SWML", """new SwmlDocument().Stream({|MDSL001:"ws://example.com/media"|}, statusUrl: {|MDSL010:"status"|})""")]
    public Task The_stream_urls_are_left_to_the_stream_url_rules(string dialect, string expression) =>
        AllAnalyzersVerifier.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Fact]
    public Task The_message_gives_the_attribute_the_element_and_the_rule_in_words() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", """new VoiceResponse().Gather(action: {|#0:"ws://example.com/next"|})"""),
        Verify.Diagnostic("MDSL014").WithLocation(0).WithMessage(
            "The 'action' of <Gather> must be an absolute http:// or https:// URL, or a URL relative to the one that returned the document, "
            + "not 'ws://example.com/next'; the builder throws when this runs"));
}
