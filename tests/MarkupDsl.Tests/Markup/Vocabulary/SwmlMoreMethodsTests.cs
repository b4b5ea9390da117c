using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MarkupDsl.Markup;
using MarkupDsl.SWML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// The example documents of SignalWire's pages for pay, live_transcribe, live_translate, transcribe, transcribe_stop,
/// connect's serial_parallel and join_conference's stream (signalwire/docs, fern/products/swml/pages/reference/methods/calling),
/// in Data/swml/pages/more: each is built with the builders, written as the same JSON tree and read back into the same
/// model. The pages' one-method snippets (an action sent to a running session) are compared as that method.
/// </summary>
public sealed class SwmlMoreMethodsTests
{
    private static readonly Dictionary<string, SwmlDocument> Built = new()
    {
        ["connect-4"] = new SwmlDocument().Connect(
            c => c.SerialParallel(sp => sp
                .Group(g => g
                    .Destination("sip:alice@example.com", username: "alice_user", password: "alice_pw")
                    .Destination("sip:bob@example.com", username: "bob_user", password: "bob_pw"))
                .Group(g => g.Destination("sip:fallback@example.com", username: "fb_user", password: "fb_pw"))),
            @from: "+15551112222"),
        ["join_conference-4"] = new SwmlDocument().JoinConference(
            "team_meeting",
            j => j.Stream("wss://example.com/conference-audio", codec: "PCMU", realtime: true, statusUrl: "https://example.com/stream-status")),
        ["live_transcribe-1"] = new SwmlDocument()
            .Answer()
            .LiveTranscribe(l => l.Action(a => a.Start(
                "en", [SwmlLiveDirection.RemoteCaller, SwmlLiveDirection.LocalCaller],
                webhook: "https://example.com/webhook", liveEvents: true, speechEngine: SwmlSpeechEngine.Deepgram))),
        ["live_translate-1"] = new SwmlDocument()
            .Answer()
            .LiveTranslate(l => l.Action(a => a.Start(
                "en-US", "es-ES", [SwmlLiveDirection.RemoteCaller, SwmlLiveDirection.LocalCaller],
                webhook: "https://example.com/webhook", fromVoice: "elevenlabs.josh", toVoice: "elevenlabs.josh", liveEvents: true,
                speechEngine: SwmlSpeechEngine.Deepgram))),
        ["pay-1"] = new SwmlDocument().Pay("https://example.com/process", chargeAmount: "25.00"),
        ["pay-2"] = new SwmlDocument().Pay("https://example.com/process", chargeAmount: "0"),
        ["pay-3"] = new SwmlDocument().Pay("https://example.com/process", chargeAmount: "20.45", statusUrl: "https://example.com/status"),
        ["pay-4"] = new SwmlDocument().Pay("https://example.com/tokenize", chargeAmount: "0", tokenType: SwmlPayTokenType.Reusable),
        ["pay-5"] = new SwmlDocument().Pay("https://example.com/process", chargeAmount: "75.00", maxAttempts: 3, timeout: 10),
        ["pay-6"] = new SwmlDocument().Pay(
            "https://example.com/process", p => p.Parameters("my_custom_parameter_1", "my_custom_value_1"), chargeAmount: "10.00"),
        ["pay-7"] = new SwmlDocument().Pay(
            "https://example.com/process",
            p => p
                .Prompts(SwmlPayStep.PaymentCardNumber, pr => pr
                    .Actions(SwmlPayActionType.Say, "Witamy w telefonicznym systemie płatności")
                    .Actions(SwmlPayActionType.Say, "Proszę wprowadzić numer karty płatniczej"))
                .Prompts(
                    SwmlPayStep.PaymentCardNumber,
                    pr => pr.Actions(SwmlPayActionType.Say, "Wprowadziłeś błędny numer karty płatniczej. Proszę spróbować ponownie"),
                    errorType: "invalid-card-number timeout invalid-card-type")
                .Prompts(SwmlPayStep.PaymentCompleted, pr => pr.Actions(SwmlPayActionType.Say, "Płatność zakończona powodzeniem")),
            chargeAmount: "100.00", currency: "pln", language: "pl-PL", description: "Polish zloty transaction"),
        ["pay-8"] = new SwmlDocument()
            .Answer()
            .Pay("https://example.com/process", chargeAmount: "25.00")
            .Cond(c => c
                .Branch(
                    b => b.Then(t => t.Play(url: "say: Payment successful. Your confirmation code is ${pay_payment_results.payment_confirmation_code}.")),
                    when: "pay_result == 'success'")
                .Branch(b => b.Else(e => e.Play(url: "say: Payment was not completed. Please try again later.")))),
        ["transcribe-1"] = new SwmlDocument().Transcribe(statusUrl: "https://example.com/transcribe-status"),
        ["transcribe_stop-1"] = new SwmlDocument().TranscribeStop(),
    };

    // The pages' snippets of one method, as the page writes them (not whole documents).
    private static readonly Dictionary<string, SwmlDocument> BuiltMethods = new()
    {
        ["live_transcribe-stop"] = new SwmlDocument().LiveTranscribe(l => l.Action(command: SwmlLiveCommand.Stop)),
        ["live_transcribe-summarize"] = new SwmlDocument().LiveTranscribe(l => l.Action(a => a.Summarize(
            webhook: "https://example.com/webhook", prompt: "Summarize the key points of this conversation."))),
        ["live_translate-stop"] = new SwmlDocument().LiveTranslate(l => l.Action(command: SwmlLiveCommand.Stop)),
        ["live_translate-summarize"] = new SwmlDocument().LiveTranslate(l => l.Action(a => a.Summarize(
            webhook: "https://example.com/webhook", prompt: "Summarize the key points of this conversation."))),
        ["live_translate-inject"] = new SwmlDocument().LiveTranslate(l => l.Action(a => a.Inject(
            "This is an injected message.", SwmlLiveDirection.RemoteCaller))),
    };

    public static TheoryData<string> Pages() => new(Built.Keys.Order());

    public static TheoryData<string> MethodPages() => new(BuiltMethods.Keys.Order());

    private static string PagesFolder => Path.Combine("Data", "swml", "pages", "more");

    /// <summary>The names of the page examples these tests build, for <see cref="SwmlJsonSchemaTests"/>.</summary>
    internal static IEnumerable<string> PageNames => Built.Keys.Concat(BuiltMethods.Keys).Order();

    /// <summary>The document built for a page example of <see cref="PageNames"/>.</summary>
    internal static SwmlDocument BuiltFor(string page) => Built.TryGetValue(page, out SwmlDocument? document) ? document : BuiltMethods[page];

    [Fact]
    public void Every_page_example_kept_is_built()
    {
        Assert.Equal(SwmlPageExample.Kept(PagesFolder), PageNames);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_example_is_built_and_read_back(string page) =>
        SwmlPageExample.Matches(Path.Combine(PagesFolder, page + ".json"), Built[page]);

    [Theory]
    [MemberData(nameof(MethodPages))]
    public void Page_method_snippet_is_built_and_read_back(string page)
    {
        JsonNode snippet = JsonNode.Parse(File.ReadAllText(Path.Combine(PagesFolder, page + ".json")))!;
        SwmlDocument built = BuiltMethods[page];
        string document = new JsonObject { ["version"] = "1.0.0", ["sections"] = new JsonObject { ["main"] = new JsonArray(snippet) } }.ToJsonString();

        SwmlPageExample.AssertSameJson(snippet, JsonNode.Parse(built.ToString())!["sections"]!["main"]![0]);
        Assert.Equal(built, SwmlDocument.Parse(document));
        Assert.Equal(built, SwmlDocument.Parse(built.ToYaml()));
    }

    [Theory]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().LiveTranscribe(l => l.Action(command: SwmlLiveCommand.Stop));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Transcribe();", "CS1061")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Pay(\"https://example.com/pay\", tokenType: SwmlPayTokenType.Monthly);", "CS0117")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().LiveTranslate(l => l.Action(a => a.Start(\"en-US\", \"fr-FR\")));", "CS7036")]
    public void A_method_of_another_dialect_or_a_missing_required_value_does_not_compile(string dialect, string statement, string expectedError) =>
        Assert.Contains(expectedError, NestingCompileTests.Compile(statement, dialect));

    [Fact]
    public void A_stop_action_is_written_bare_and_reads_from_yaml()
    {
        const string yaml = """
            version: 1.0.0
            sections:
              main:
                - live_translate:
                    action: stop
            """;

        SwmlDocument stop = new SwmlDocument().LiveTranslate(l => l.Action(command: SwmlLiveCommand.Stop));

        Assert.Equal(stop, SwmlDocument.Parse(yaml));
        Assert.Contains("action: stop", stop.ToYaml());
    }

    [Fact]
    public void A_directions_list_is_a_json_array_of_the_sides()
    {
        SwmlDocument document = new SwmlDocument().LiveTranscribe(l => l.Action(a => a.Start("en", [SwmlLiveDirection.LocalCaller])));
        JsonNode start = JsonNode.Parse(document.ToString())!["sections"]!["main"]![0]!["live_transcribe"]!["action"]!["start"]!;

        Assert.Equal("""{"lang":"en","direction":["local-caller"]}""", start.ToJsonString());
        Assert.Equal(document, SwmlDocument.Parse(document.ToString()));
    }

    [Fact]
    public void Values_are_checked_when_set_and_name_their_attribute()
    {
        var document = new SwmlDocument();

        Assert.Equal("charge_amount", Assert.Throws<System.ArgumentException>(() => document.Pay("https://example.com/pay", chargeAmount: "$25")).ParamName);
        Assert.Equal("payment_connector_url", Assert.Throws<System.ArgumentException>(() => document.Pay("example.com/pay")).ParamName);
        Assert.Equal("valid_card_types", Assert.Throws<System.ArgumentException>(() => document.Pay("https://example.com/pay", validCardTypes: "visa,amex")).ParamName);
        Assert.Equal("attempts", Assert.Throws<System.ArgumentException>(
            () => document.Pay("https://example.com/pay", p => p.Prompts(SwmlPayStep.PaymentFailed, pr => pr.Actions(SwmlPayActionType.Say, "No"), attempts: "0"))).ParamName);
        Assert.Equal("max_attempts", Assert.Throws<System.ArgumentOutOfRangeException>(() => document.Pay("https://example.com/pay", maxAttempts: 0)).ParamName);
        Assert.Equal("speech_timeout", Assert.Throws<System.ArgumentOutOfRangeException>(
            () => document.LiveTranscribe(l => l.Action(a => a.Start("en", [SwmlLiveDirection.LocalCaller], speechTimeout: 1499)))).ParamName);
        Assert.Equal("vad_thresh", Assert.Throws<System.ArgumentOutOfRangeException>(
            () => document.LiveTranslate(l => l.Action(a => a.Start("en-US", "fr-FR", [SwmlLiveDirection.LocalCaller], vadThresh: 1801)))).ParamName);
        Assert.Equal("url", Assert.Throws<System.ArgumentException>(() => document.JoinConference("c", j => j.Stream("https://example.com/audio"))).ParamName);
        Assert.Equal("status_url", Assert.Throws<System.ArgumentException>(() => document.Transcribe(statusUrl: "ftp://example.com/t")).ParamName);
    }

    [Fact]
    public void Problems_in_the_new_methods_are_reported_with_line_and_column()
    {
        const string yaml = """
            version: 1.0.0
            sections:
              main:
                - pay:
                    charge_amount: 10
                    security_code: maybe
                - live_transcribe:
                    action:
                      start:
                        lang: en
                        direction: [local-caller]
                        vad_thresh: 2000
                - connect:
                    serial_parallel:
                      - - from: '+15551112222'
                - transcribe_stop:
                    now: true
            """;

        string[] errors = SwmlDocument.Validate(yaml).Select(e => e.ToString()).ToArray();

        string[] expected =
        [
            "(4,7): <pay> needs the attribute 'payment_connector_url'",
            "(6,9): The 'security_code' of <pay> must be true or false",
            "(12,13): The 'vad_thresh' of <start> must be from 0 to 1800",
            "(15,15): <destination> needs the attribute 'to'",
            "(17,9): <transcribe_stop> has no attribute 'now'",
        ];
        Assert.Equal(expected.Length, errors.Length);
        Assert.All(expected, prefix => Assert.Contains(errors, e => e.StartsWith(prefix)));
    }
}
