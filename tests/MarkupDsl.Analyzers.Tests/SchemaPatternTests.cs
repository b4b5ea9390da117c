using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

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
        AnalyzerHarness.Verify("MDSL014", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Gather(action: "/next", partialResultCallback: "partial?step=2", speechTimeout: "auto", finishOnKey: "")""")]
    [InlineData("TwiML", """new VoiceResponse().Record(action: "https://example.com/recorded#top", finishOnKey: "1234567890*#")""")]
    [InlineData("TwiML", """new VoiceResponse().Play("https://example.com/a.mp3", digits: "ww1234#").Gather(speechTimeout: "5")""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(action: $"ws://{host}/next", partialResultCallback: name)""")]
    [InlineData("TwiML", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/relay"))""")]
    public Task A_matching_constant_or_a_value_unknown_at_compile_time_is_not_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL014", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("ws://example.com/media?x=1", statusCallback: "/status")).Connect(c => c.Stream("https://example.com/b"))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("/media", statusCallback: "status"))""")]
    [InlineData("SWML", """new SwmlDocument().Stream("ws://example.com/media", statusUrl: "status")""")]
    public async Task The_stream_urls_are_left_to_the_stream_url_rules(string dialect, string expression)
    {
        string source = Sources.In(dialect, expression);
        await AnalyzerHarness.Verify("MDSL014", source);
        (var diagnostics, _) = await AnalyzerHarness.Run(AnalyzerHarness.Compile(source), AnalyzerHarness.All);
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id is "MDSL001" or "MDSL011");
        Assert.Contains(diagnostics, diagnostic => diagnostic.Id == "MDSL010");
    }

    [Fact]
    public async Task The_message_gives_the_attribute_the_element_and_the_rule_in_words()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL014", Sources.In("TwiML", """new VoiceResponse().Gather(action: "ws://example.com/next")"""));
        Assert.Equal(
            "The 'action' of <Gather> must be an absolute http:// or https:// URL, or a URL relative to the one that returned the document, "
            + "not 'ws://example.com/next'; the builder throws when this runs",
            diagnostic.GetMessage());
    }
}
