using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MarkupDsl.Markup;
using MarkupDsl.SWML;
using YamlDotNet.RepresentationModel;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// The example documents of SignalWire's SWML method pages (developer.signalwire.com/swml/methods/..., from the
/// signalwire/docs repository), in Data/swml/pages: each is built with the builders and written as the same JSON tree,
/// read back into the same model, and where the page's YAML is kept, read from YAML and written as YAML to the same tree.
/// </summary>
public sealed class SwmlVocabularyTests
{
    // Before Built, which uses it: static fields initialise in text order.
    [Theory]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Say(\"hi\");", "CS1061")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Play(url: \"say:hi\", loop: 2);", "CS1739")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Record(maxLength: 10, timeout: 5);", "CS1739")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Hangup(reason: RejectReason.Busy);", "CS0103")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().JoinConference(\"c\", region: ConferenceRegion.Us1);", "CS0117")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Sleep(100);", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Answer();", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Play(\"https://x/a.mp3\", volume: 3);", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Record(beep: true);", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Goto(\"start\");", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().SendSms(\"+15551234567\", \"+15557654321\");", "CS1061")]
    public void A_method_or_parameter_of_another_dialect_does_not_compile(string dialect, string statement, string expectedError) =>
        Assert.Contains(expectedError, NestingCompileTests.Compile(statement, dialect));

    [Fact]
    public void Every_method_compiles_with_its_typed_parameters() => Assert.Empty(NestingCompileTests.Compile(
        """
        new SwmlDocument()
            .Answer(maxDuration: 60, codecs: "PCMU,PCMA").Denoise().StopDenoise()
            .Play(p => p.Urls("say:hi"), volume: -3.5, autoAnswer: false).Sleep(-1).Label("top").Goto("top", when: "x > 1", max: 3)
            .Record(format: SwmlRecordFormat.Mp3, direction: SwmlRecordDirection.Listen, initialTimeout: 4.5)
            .RecordCall(controlId: "r", stereo: true).StopRecordCall("r").Tap("rtp://10.0.0.1:5000", codec: SwmlTapCodec.Pcma, rtpPtime: 30).StopTap()
            .Stream("wss://example.com/a").StopStream().SendDigits("12#").Set(new Dictionary<string, string> { ["a"] = "1" }).Unset(["a"])
            .Execute("sub", e => e.Params(new Dictionary<string, string> { ["b"] = "2" })).Transfer("https://example.com/next")
            .Request("https://example.com/api", SwmlRequestMethod.Post, r => r.Headers(new Dictionary<string, string> { ["X-Key"] = "k" }), body: "{}")
            .JoinRoom("room").JoinConference("c", beep: ConferenceBeep.OnExit, region: ConferenceRegion.Eu, trim: SwmlConferenceTrim.DoNotTrim)
            .EnterQueue("q", "after").SipRefer("sip:a@example.com").SendSms("+15551234567", "+15557654321", s => s.Media("https://x/a.png"))
            .ReceiveFax().SendFax("https://x/a.pdf").DetectMachine(tone: SwmlFaxTone.Cng, wait: true)
            .UserEvent(u => u.Event(new Dictionary<string, string> { ["e"] = "x" })).Hangup(SwmlHangupReason.Decline)
            .Connect(c => c.Headers("X-Account", "42").Ringback("ring:us").Serial("sip:a@example.com", callStateEvents: [SwmlCallState.Answered]),
                answerOnBridge: true, encryption: SwmlEncryption.Optional, callStateEvents: [SwmlCallState.Ringing, "ended"])
            .Prompt(p => p.Play("say:Press 1").SpeechHints("one"), maxDigits: 1, speechTimeout: 2.5)
            .Section("sub", s => s.Answer());
        """,
        "MarkupDsl.SWML; using System.Collections.Generic"));

    private static readonly System.Action<PlayBuilder> PageUrls = play => play
        .Urls("https://cdn.signalwire.com/swml/audio.mp3")
        .Urls("say: this is something to say")
        .Urls("silence: 3.0")
        .Urls("ring:10.0:us");

    private static readonly Dictionary<string, SwmlDocument> Built = new()
    {
        ["answer-1"] = new SwmlDocument().Answer(),
        ["answer-2"] = new SwmlDocument().Answer(maxDuration: 60),
        ["connect-1"] = new SwmlDocument().Connect(to: "sip:alice@example.com", @from: "+15551112222", username: "sipuser", password: "s3cret"),
        ["connect-2"] = new SwmlDocument().Connect(
            c => c.Parallel("sip:alice@example.com", username: "alice_user", password: "alice_pw")
                .Parallel("sip:bob@example.com", username: "bob_user", password: "bob_pw"),
            @from: "+15551112222"),
        ["connect-3"] = new SwmlDocument().Connect(
            c => c.Serial("sip:primary@example.com", username: "primary_user", password: "primary_pw")
                .Serial("sip:backup@example.com", username: "backup_user", password: "backup_pw"),
            @from: "+15551112222"),
        ["connect-9"] = new SwmlDocument()
            .Answer()
            .Play(p => p.Urls("silence:1.0").Urls("say:Hello, connecting to a fabric Resource that is a room"), volume: 10)
            .Connect(to: "/public/test_room"),
        ["connect-10"] = new SwmlDocument().Connect(@from: "+15553214321", to: "+15551231234"),
        ["connect-11"] = new SwmlDocument().Connect(c => c.Parallel("+15551231234").Parallel("+15553214321")),
        ["connect-12"] = new SwmlDocument().Connect(
            c => c.Serial("sip:alice@example.com", @from: "sip:chris@example.com").Serial("sip:bob@example.com", codecs: "PCMU"), timeout: 20),
        ["connect-13"] = new SwmlDocument().Connect(
            c => c.Serial("sip:agent1@pbx.example.com").Serial("sip:agent2@pbx.example.com", fromName: "Billing Dept"),
            @from: "+15551000001",
            fromName: "Support Team"),
        ["connect-14"] = new SwmlDocument().Connect(to: "queue:support", transferAfterBridge: "https://example.com/post-call-swml"),
        ["denoise-1"] = new SwmlDocument().Answer().Denoise().Play(url: "say: Denoising ${denoise_result}"),
        ["detect_machine-1"] = new SwmlDocument()
            .DetectMachine(statusUrl: "https://example.com/detect-events", timeout: 20)
            .Play(url: "say:Detection result: ${detect_result}"),
        ["detect_machine-2"] = new SwmlDocument()
            .Play(url: "say: Welcome to the machine detection test.")
            .DetectMachine(statusUrl: "https://webhook.site/5c8abf82-b8c7-41c8-b5d6-b32a40068109", detectors: "amd,fax", wait: true)
            .Cond(c => c
                .Branch(b => b.Then(t => t.Play(url: "say: You are a machine, goodbye.").Hangup()), when: "detect_result == 'machine'")
                .Branch(b => b.Then(t => t.Play(url: "say: You are a human, hello.").Hangup()), when: "detect_result == 'human'")
                .Branch(b => b.Then(t => t.Play(url: "say: You are a fax, goodbye.").Hangup()), when: "detect_result == 'fax'")
                .Branch(b => b.Else(e => e
                    .Play(url: "say: Unable to determine if you are a human, machine, or fax, goodbye. Result was ${detect_result}")
                    .Hangup()))),
        ["enter_queue-1"] = new SwmlDocument().EnterQueue("my_queue", "https://example.com/post-call-swml"),
        ["enter_queue-2"] = new SwmlDocument().EnterQueue(
            "sales_queue", "https://example.com/post-call-swml", statusUrl: "https://example.com/queue-status", waitTime: 1800),
        ["execute-1"] = new SwmlDocument()
            .Execute("subroutine", e => e.Params(Map(("to_play", "https://cdn.signalwire.com/swml/April_Kisses.mp3"))))
            .Section("subroutine", s => s.Answer().Play(url: "${params.to_play}")),
        ["execute-3"] = new SwmlDocument().Answer().Execute("https://<YOUR_NGROK_UUID>.ngrok-free.app", e => e.Params(Map(("some_info", "12345")))),
        ["goto-1"] = new SwmlDocument().Label("foo").Play(url: "say: This speech will be repeated 4 times.").Goto("foo", max: 3),
        ["goto-2"] = new SwmlDocument()
            .Label("foo")
            .Play(url: "say: This is some text that will be repeated 4 times.")
            .Set(Map(("do_loop", "true")))
            .Goto("foo", when: "do_loop === true", max: 3),
        ["hangup-1"] = new SwmlDocument().Answer().Hangup(),
        ["hangup-2"] = new SwmlDocument().Answer().Hangup(SwmlHangupReason.Busy),
        ["join_conference-1"] = new SwmlDocument().JoinConference("team_meeting"),
        ["join_conference-2"] = new SwmlDocument().JoinConference(
            "team_meeting", muted: false, beep: ConferenceBeep.OnEnter, startOnEnter: true, maxParticipants: 10,
            record: ConferenceRecord.RecordFromStart),
        ["join_conference-3"] = new SwmlDocument().JoinConference(
            "support_call",
            statusCallbackEvent: "join",
            statusCallback: "https://example.com/conference-status",
            statusCallbackMethod: CallbackMethod.Post,
            recordingStatusCallback: "https://example.com/recording-status",
            recordingStatusCallbackEvent: "completed"),
        ["join_room-1"] = new SwmlDocument().JoinRoom("my_room"),
        ["play-1"] = new SwmlDocument().Play(url: "https://cdn.signalwire.com/swml/audio.mp3"),
        ["play-2"] = new SwmlDocument().Play(PageUrls),
        ["play-3"] = new SwmlDocument().Play(PageUrls, volume: 20),
        ["play-4"] = new SwmlDocument()
            .Set(Map(("say_voice", "gcloud.en-US-Neural2-A")))
            .Play(url: "say:Hi, do I sound different?")
            .Play(url: "say:I don't, do I?"),
        ["play-5"] = new SwmlDocument()
            .Play(url: "say:Hi, do I sound different?", sayVoice: "gcloud.en-US-Neural2-A")
            .Play(url: "say:I was down with the flu"),
        ["receive_fax-1"] = new SwmlDocument().ReceiveFax().Execute("https://<NGROK UUID>.ngrok-free.app"),
        ["record-1"] = new SwmlDocument()
            .Play(url: "say:Start speaking after the beep. Press hash to end recording.")
            .Record(endSilenceTimeout: 3, beep: true)
            .Play(url: "say:Recording ${record_result}. Playing back recording:")
            .Play(url: "${record_url}"),
        ["record_call-1"] = new SwmlDocument().RecordCall(format: SwmlRecordFormat.Mp3),
        ["record_call-2"] = new SwmlDocument()
            .RecordCall(beep: true, terminators: "#")
            .Play(p => p.Urls("say:Leave your message now").Urls("silence:10"))
            .StopRecordCall()
            .Play(p => p.Urls("say:Playing back").Urls("${record_call_url}")),
        ["record_call-3"] = new SwmlDocument()
            .RecordCall(beep: true, direction: SwmlRecordDirection.Speak)
            .Play(p => p.Urls("say:Leave your message now").Urls("silence:10"))
            .StopRecordCall()
            .Play(p => p.Urls("say:Playing back").Urls("${record_call_url}")),
        ["request-1"] = new SwmlDocument()
            .Answer()
            .Request("https://jsonplaceholder.typicode.com/todos/1", SwmlRequestMethod.Get, saveVariables: true, timeout: 10)
            .Play(url: "say: the title is: ${request_response.title}"),
        ["send_digits-1"] = new SwmlDocument().Answer().SendDigits("012345").Play(url: "say: ${send_digits_result}"),
        ["send_fax-1"] = new SwmlDocument()
            .SendFax("https://example.com/fax_to_send.pdf")
            .Execute("https://example.com/handle_outgoing_fax_result"),
        ["send_sms-1"] = new SwmlDocument().SendSms("+15555554321", "+155512312345", body: "Hi, I hope you're well."),
        ["send_sms-2"] = new SwmlDocument().SendSms(
            "+15555554321", "+155512312345", sms => sms.Media("https://example.com/image.jpg"), body: "Check out this image!"),
        ["send_sms-3"] = new SwmlDocument().SendSms(
            "+15555554321", "+155512312345", body: "Hi, I hope you're well.", statusCallback: "https://example.com/message_status"),
        ["set-1"] = new SwmlDocument()
            .Set(Map(("num_var", "1")))
            .Play(url: "say: ${num_var}")
            .Set(Map(("num_var", "2")))
            .Play(url: "say: ${num_var}"),
        ["set-2"] = new SwmlDocument()
            .Set(Map(
                ("items", """["drill bit","drill"]"""),
                ("person", "handyman"),
                ("systems", """{"ventilation":["inlet","outlet","fans"],"hr":["lucy","liam","luke"]}""")))
            .Play(url: "say: The items ${items} will be used by ${person} to fix ${systems.ventilation}."),
        ["sip_refer-1"] = new SwmlDocument()
            .SipRefer("sip:alice@example.com")
            .Play(url: "say: Connected. The SIP refer result is ${sip_refer_result}")
            .Execute("https://example.com/handle_sip_refer_result"),
        ["sleep-1"] = new SwmlDocument().Sleep(5000),
        ["sleep-2"] = new SwmlDocument().Sleep(-1),
        ["stop_denoise-1"] = new SwmlDocument().StopDenoise().Play(url: "say: Denoising ${denoise_result}"),
        ["stop_record_call-1"] = new SwmlDocument().StopRecordCall(),
        ["stop_record_call-2"] = new SwmlDocument().StopRecordCall(controlId: "my-recording-id"),
        ["stop_tap-1"] = new SwmlDocument().StopTap(),
        ["stop_tap-2"] = new SwmlDocument().StopTap(controlId: "my-tap-id"),
        ["tap-1"] = new SwmlDocument().Tap("wss://example.com/tap"),
        ["transfer-1"] = new SwmlDocument().Transfer("https://example.com/next"),
        ["transfer-2"] = new SwmlDocument()
            .Play(url: "say:Transferring you to another section")
            .Transfer("subsection")
            .Play(url: "say:Back!")
            .Section("subsection", s => s.Play(url: "say:inside a subsection")),
        ["unset-2"] = new SwmlDocument()
            .Set(Map(("systems", """{"hr":["tracy","luke"],"engineering":{"john":"absent"}}"""), ("name", "john")))
            .Play(url: "say: ${systems.hr}")
            .Unset(["systems", "name"])
            .Play(url: "say: ${systems}"),
        ["user_event-1"] = new SwmlDocument()
            .UserEvent(u => u.Event(Map(("myCustomEvent", "Hello, world!"))))
            .Play(url: "say: Custom event sent."),
        ["user_event-2"] = new SwmlDocument()
            .UserEvent(u => u.Event(Map(("eventA", """{"foo":"bar"}"""), ("eventB", """{"count":42,"active":true}"""))))
            .Play(url: "say: Multiple events sent."),
    };

    public static TheoryData<string> Pages() => new(Built.Keys.Order());

    public static TheoryData<string> YamlPages() =>
        new(Directory.GetFiles(PagesFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order()!);

    private static string PagesFolder => Path.Combine("Data", "swml", "pages");

    [Fact]
    public void Every_page_example_kept_is_built()
    {
        // SwmlAiTests builds the ai pages (ai-*.json).
        string[] kept = Directory.GetFiles(PagesFolder, "*.json").Select(Path.GetFileNameWithoutExtension)
            .Where(page => !page!.StartsWith("ai-", System.StringComparison.Ordinal)).Order().ToArray()!;
        Assert.Equal(kept, Built.Keys.Concat(["unset-1", "prompt-4", "prompt-6"]).Order());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_example_is_built_and_read_back(string page)
    {
        string json = File.ReadAllText(Path.Combine(PagesFolder, page + ".json"));
        SwmlDocument built = Built[page];

        AssertSameJson(json, built.ToString());
        Assert.Empty(SwmlDocument.Validate(json));
        Assert.Equal(built, SwmlDocument.Parse(json));
        Assert.Equal(built, SwmlDocument.Parse(built.ToString(indented: true)));
    }

    [Theory]
    [MemberData(nameof(YamlPages))]
    public void Page_yaml_reads_as_the_json_and_is_written_as_the_page_writes_it(string page)
    {
        string yaml = File.ReadAllText(Path.Combine(PagesFolder, page + ".yaml"));
        SwmlDocument built = Built[page];

        Assert.Equal(built, SwmlDocument.Parse(yaml));
        AssertSameJson(YamlAsJson(yaml), YamlAsJson(built.ToYaml()));
        Assert.Equal(built, SwmlDocument.Parse(built.ToYaml()));
    }

    [Fact]
    public void A_single_variable_to_unset_reads_from_the_pages_bare_string_and_is_written_as_a_list()
    {
        string json = File.ReadAllText(Path.Combine(PagesFolder, "unset-1.json"));
        SwmlDocument built = new SwmlDocument()
            .Set(Map(("num_var", "1")))
            .Play(url: "say: The value of num_var is: ${num_var}.")
            .Unset(["num_var"])
            .Play(url: "say: The value of num_var is ${num_var}.");

        Assert.Equal(built, SwmlDocument.Parse(json));
        Assert.Equal("""{"unset":["num_var"]}""", JsonNode.Parse(built.ToString())!["sections"]!["main"]![2]!.ToJsonString());
    }

    [Fact]
    public void The_readme_example_writes_the_readme_json()
    {
        var ivr = new SwmlDocument()
            .Answer(maxDuration: 3600)
            .RecordCall(stereo: true, format: SwmlRecordFormat.Mp3)
            .Play(p => p.Urls("say: Welcome to Acme.").Urls("silence: 1"), volume: -2)
            .Set(Map(("attempts", "0"), ("caller", """{"tier":"gold"}""")))
            .Execute("greet", e => e.Params(Map(("name", "Ada"))))
            .Sleep(500)
            .Hangup()
            .Section("greet", s => s.Play(url: "say: Hello ${params.name}."));

        Assert.Equal(
            """{"version":"1.0.0","sections":{"main":[{"answer":{"max_duration":3600}},{"record_call":{"stereo":true,"format":"mp3"}},{"play":{"volume":-2,"urls":["say: Welcome to Acme.","silence: 1"]}},{"set":{"attempts":0,"caller":{"tier":"gold"}}},{"execute":{"dest":"greet","params":{"name":"Ada"}}},{"sleep":500},{"hangup":{}}],"greet":[{"play":{"url":"say: Hello ${params.name}."}}]}}""",
            ivr.ToString());
        Assert.Equal(ivr, SwmlDocument.Parse(ivr.ToYaml()));
    }

    [Theory]
    [InlineData("prompt-4")]
    [InlineData("prompt-6")]
    public void A_single_prompt_reads_from_the_pages_bare_string_and_is_written_as_a_list(string page)
    {
        SwmlDocument built = page == "prompt-4"
            ? new SwmlDocument()
                .Prompt(p => p.Play("say:PIN number please"), maxDigits: 10, terminators: "*#5")
                .Play(url: "say: ${prompt_value} was terminated by ${prompt_digit_terminator}")
            : new SwmlDocument().Prompt(p => p.Play("https://example.com/menu.wav")).Transfer("https://example.com/post_next_menu");

        Assert.Equal(built, SwmlDocument.Parse(File.ReadAllText(Path.Combine(PagesFolder, page + ".json"))));
        Assert.IsType<JsonArray>(JsonNode.Parse(built.ToString())!["sections"]!["main"]![0]!["prompt"]!["play"]);
    }

    [Fact]
    public void A_list_attribute_is_a_json_array_and_reads_back()
    {
        var document = new SwmlDocument().Connect(to: "+15551234567", callStateEvents: [SwmlCallState.Answered, SwmlCallState.Ended]);

        Assert.Contains("""{"connect":{"to":"+15551234567","call_state_events":["answered","ended"]}}""", document.ToString());
        Assert.Equal(document, SwmlDocument.Parse(document.ToYaml()));
    }

    [Fact]
    public void Nested_method_lists_are_written_as_sections_are_and_read_back()
    {
        var document = new SwmlDocument()
            .Execute("sub", e => e.OnReturn(r => r.Cond(c => c.Branch(b => b.Then(t => t.Hangup()), when: "return_value == 1"))))
            .Section("sub", s => s.Sleep(1));

        Assert.Contains("""{"execute":{"dest":"sub","on_return":[{"cond":[{"when":"return_value == 1","then":[{"hangup":{}}]}]}]}}""", document.ToString());
        Assert.Equal(document, SwmlDocument.Parse(document.ToString()));
        Assert.Equal(document, SwmlDocument.Parse(document.ToYaml()));
    }

    [Fact]
    public void A_method_a_nested_list_does_not_take_is_reported_where_it_stands()
    {
        const string json = """{"version":"1.0.0","sections":{"main":[{"cond":[{"when":"x","then":[{"dance":{}}]}]}]}}""";

        MarkupError error = Assert.Single(SwmlDocument.Validate(json));
        Assert.StartsWith("(1,70): <dance> is not allowed in <then>", error.ToString());
    }

    [Fact]
    public void Values_are_written_with_their_json_types()
    {
        var document = new SwmlDocument().RecordCall(stereo: true, maxLength: 30.5, format: SwmlRecordFormat.Wav).Sleep(250).Label("start");
        JsonNode main = JsonNode.Parse(document.ToString())!["sections"]!["main"]!;

        Assert.Equal("""{"record_call":{"stereo":true,"format":"wav","max_length":30.5}}""", main[0]!.ToJsonString());
        Assert.Equal("""{"sleep":250}""", main[1]!.ToJsonString());
        Assert.Equal("""{"label":"start"}""", main[2]!.ToJsonString());
    }

    [Fact]
    public void Strings_that_yaml_would_read_as_numbers_or_booleans_are_quoted()
    {
        string yaml = new SwmlDocument().SendDigits("012345").Hangup(reason: "true").ToYaml();

        Assert.Contains("digits: '012345'", yaml);
        Assert.Contains("reason: 'true'", yaml);
        Assert.Equal("012345", SwmlDocument.Parse(yaml).Root.Children[0].GetAttribute("digits"));
    }

    [Fact]
    public void A_sleep_written_as_an_object_reads_as_the_bare_value()
    {
        const string json = """{"version":"1.0.0","sections":{"main":[{"sleep":{"duration":1000}}]}}""";

        Assert.Equal(new SwmlDocument().Sleep(1000), SwmlDocument.Parse(json));
    }

    [Fact]
    public void Sections_are_named_once_and_hold_only_methods()
    {
        var document = new SwmlDocument().Section("a", s => s.Answer());

        Assert.Equal("name", Assert.Throws<System.ArgumentException>(() => document.Section("a", s => s.Hangup())).ParamName);
        Assert.Equal("name", Assert.Throws<System.ArgumentException>(() => document.Section("main", s => s.Hangup())).ParamName);
        Assert.Equal("name", Assert.Throws<System.ArgumentException>(() => document.Section("has space", s => s.Hangup())).ParamName);
        Assert.Equal("section", Assert.Throws<System.ArgumentException>(() => document.Section("b", s => s.Section("c", c => c.Hangup()))).ParamName);
    }

    [Fact]
    public void Values_are_checked_when_set_and_name_their_attribute()
    {
        Assert.Equal("url", Assert.Throws<System.ArgumentException>(() => new SwmlDocument().Play(url: "ftp://example.com/a.mp3")).ParamName);
        Assert.Equal("max", Assert.Throws<System.ArgumentOutOfRangeException>(() => new SwmlDocument().Goto("a", max: 101)).ParamName);
        Assert.Equal("duration", Assert.Throws<System.ArgumentOutOfRangeException>(() => new SwmlDocument().Sleep(-2)).ParamName);
        Assert.Equal("volume", Assert.Throws<System.ArgumentOutOfRangeException>(() => new SwmlDocument().Play(url: "say:hi", volume: double.NaN)).ParamName);
    }

    [Fact]
    public void Problems_in_sections_and_typed_values_are_reported_with_line_and_column()
    {
        const string yaml = """
            version: 1.0.0
            sections:
              main:
                - sleep: soon
                - record_call:
                    beep: loud
              after call:
                - goto:
                    max: 3
                - reply: {}
            """;

        string[] errors = SwmlDocument.Validate(yaml).Select(e => e.ToString()).ToArray();

        Assert.Contains(errors, e => e.StartsWith("(4,14): The 'duration' of <sleep> must be a whole number"));
        Assert.Contains(errors, e => e.StartsWith("(6,9): The 'beep' of <record_call> must be true or false"));
        Assert.Contains(errors, e => e.StartsWith("(7,3): 'after call' is not a section name"));
        Assert.Contains(errors, e => e.StartsWith("(8,7): <goto> needs the attribute 'label'"));
        Assert.Contains(errors, e => e.StartsWith("(10,7): <reply> is not allowed in <main>"));
        Assert.Equal(5, errors.Length);
    }

    private static Dictionary<string, string> Map(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static void AssertSameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}{System.Environment.NewLine}got {actual}");

    /// <summary>A YAML document as JSON, plain scalars that read as JSON literals typed as YAML's core schema types them.</summary>
    private static string YamlAsJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ToJson(stream.Documents[0].RootNode)!.ToJsonString();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } value } when value is "true" or "false" || double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)
            => JsonNode.Parse(value),
        _ => JsonValue.Create(((YamlScalarNode)node).Value),
    };
}
