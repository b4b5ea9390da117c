using MarkupDsl.CXML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// SignalWire's cXML examples for &lt;Say&gt; (with SSML), &lt;Play&gt;, &lt;Pause&gt;, &lt;Gather&gt;, &lt;Connect&gt;
/// (&lt;Room&gt;, &lt;Stream&gt;, &lt;VirtualAgent&gt;) and &lt;Start&gt;/&lt;Stop&gt; &lt;Stream&gt;, from the pages in
/// signalwire/docs fern/products/compatibility-api/pages/cxml/voice, each built with the CXML builders and read back.
/// </summary>
public sealed class CXMLMediaTests
{
    // The page's line breaks between SSML tags are text of the mixed <Say>, which Parse keeps.
    private const string Indent = "\n    ";

    // The page's ph value is IPA "pɪˈkɑːn" read as Windows-1252 by its converter; the test keeps the page's characters.
    [Fact]
    public void Say_with_every_ssml_tag_the_page_lists() => Page(
        "say-1.xml",
        new VoiceResponse().Say(say => say
            .Text("\n    Welcome to SignalWire\n    ")
            .Break(strength: SsmlBreakStrength.XWeak, time: "100ms")
            .Text(Indent)
            .Emphasis("Emphasized words", level: SsmlEmphasisLevel.Moderate)
            .Text(Indent)
            .P("Words in a paragraph")
            .Text(Indent)
            .Phoneme("Phonetic pronunciation", alphabet: SsmlPhonemeAlphabet.XSampa, ph: "p\u00C9\u00AA\u00CB\u02C6k\u00C9\u2018\u00CB\u0090n")
            .Text(Indent)
            .Prosody("Words to speak", pitch: "-10%", rate: "85%", volume: "-6dB")
            .Text(Indent)
            .S("Words in a sentence.")
            .Text(Indent)
            .SayAs("Words", interpretAs: SsmlSayAsInterpretAs.SpellOut)
            .Text(Indent)
            .Sub("Words to be substituted", alias: "alias")
            .Text("\n  ")));

    [Fact]
    public void Say_plain() => Page("say-2.xml", new VoiceResponse().Say("Hello World."));

    [Fact]
    public void Say_with_a_polly_voice() => Page("say-3.xml", new VoiceResponse().Say("Hello World.", voice: "Polly.Joanna"));

    [Fact]
    public void Say_with_a_polly_neural_voice() => Page("say-4.xml", new VoiceResponse().Say("Hello World.", voice: "Polly.Joanna-Neural"));

    [Fact]
    public void Say_with_a_google_cloud_voice() => Page("say-5.xml", new VoiceResponse().Say("Hello World.", voice: "gcloud.en-US-Standard-A"));

    [Fact]
    public void Say_with_alice_language_and_loop() =>
        Page("say-6.xml", new VoiceResponse().Say("Bonjour.", voice: "alice", language: "fr-CA", loop: 5));

    [Fact]
    public void Play_looped() => Page("play-1.xml", new VoiceResponse().Play("https://your-application.com/audio.mp3", loop: 15));

    [Fact]
    public void Play_an_rtmp_stream() => Page("play-2.xml", new VoiceResponse().Play("rtmp://example.com:1935/my-rtmp-stream", loop: 15));

    [Fact]
    public void Play_digits() => Page("play-3.xml", new VoiceResponse().Play(string.Empty, digits: "wwwww9"));

    [Fact]
    public void Pause_between_two_says() => Page(
        "pause-1.xml",
        new VoiceResponse()
            .Say("Please wait one moment while I check that for you.")
            .Pause(length: 8)
            .Say("Yes, we are open Monday through Friday."));

    [Fact]
    public void Pause_before_answering() => Page("pause-2.xml", new VoiceResponse().Pause(length: 3).Say("Hello, how can I help you?"));

    [Fact]
    public void Gather_speech_and_digits() => Page(
        "gather-1.xml",
        new VoiceResponse()
            .Gather(
                gather => gather.Say("\n            Press 1 or say sales for sales.\n            Press 2 or say support for technical support.\n            Press 3 or say billing for billing questions.\n        "),
                input: [GatherInput.Speech, GatherInput.Dtmf],
                action: "https://example.com/handle-gather",
                method: CallbackMethod.Post,
                numDigits: 1,
                hints: "sales, support, billing",
                timeout: 5,
                speechTimeout: "auto")
            .Say("We did not receive any input. Goodbye!"));

    [Fact]
    public void Gather_empty() => Page("gather-2.xml", new VoiceResponse().Gather());

    [Fact]
    public void Gather_an_account_number() => Page(
        "gather-3.xml",
        new VoiceResponse()
            .Gather(
                gather => gather.Say("\n            Please enter your account number,\n            followed by the pound sign.\n        "),
                action: "https://example.com/process_gather.php",
                method: CallbackMethod.Get)
            .Say("We did not receive any input. Goodbye!"));

    [Fact]
    public void Gather_while_playing() => Page(
        "gather-4.xml",
        new VoiceResponse()
            .Gather(gather => gather.Play("https://your-application.com/audio.mp3"), action: "https://example.com/process_gather.php", method: CallbackMethod.Get)
            .Say("We did not receive any input. Goodbye!"));

    [Fact]
    public void Gather_one_key_or_a_word() => Page(
        "gather-5.xml",
        new VoiceResponse().Gather(
            gather => gather.Say("Please press 3 or say account for account information."),
            input: [GatherInput.Speech, GatherInput.Dtmf],
            timeout: 5,
            numDigits: 1));

    [Theory]
    [InlineData("connect-1.xml")]
    [InlineData("room-1.xml")]
    [InlineData("room-2.xml")]
    public void Connect_a_room(string file) => Page(file, new VoiceResponse().Connect(connect => connect.Room("my-room-name")));

    [Fact]
    public void Connect_a_two_way_stream() =>
        Page("connect-2.xml", new VoiceResponse().Connect(connect => connect.Stream("wss://your-application.com/audiostream")));

    [Fact]
    public void Connect_a_virtual_agent() => Page(
        "virtualagent-1.xml",
        new VoiceResponse().Connect(connect => connect.VirtualAgent("my-agent"), action: "https://example.com/next-xml-instructions"));

    [Fact]
    public void Start_a_stream() =>
        Page("stream-1.xml", new VoiceResponse().Start(start => start.Stream("wss://your-application.com/audiostream")));

    [Fact]
    public void Connect_a_stream_fragment() =>
        Page("stream-3.xml", new VoiceResponse().Connect(connect => connect.Stream("wss://mystream.ngrok.io/audiostream")));

    [Fact]
    public void Start_a_named_stream_fragment() =>
        Page("stream-4.xml", new VoiceResponse().Start(start => start.Stream("wss://mystream.ngrok.io/audiostream", name: "mystream")));

    [Fact]
    public void Stop_a_named_stream_fragment() => Page("stream-5.xml", new VoiceResponse().Stop(stop => stop.Stream("mystream")));

    [Fact]
    public void Start_a_stream_with_parameters() => Page(
        "stream-6.xml",
        new VoiceResponse().Start(start => start.Stream(
            "wss://your-application.com/audiostream",
            stream => stream.Parameter("Cookie", "948f9938-299a-d43e-0df4-af3a7eccb0ac").Parameter("Type", "SIP"))));

    [Fact]
    public void Conference_stream_attributes_are_written_as_spelled() => XmlAssert.SameTree(
        """<Response><Connect><Stream url="wss://example.com/a" name="a" bidir="true" streamSslValidateCertificate="true" streamStartConferenceOnEnter="false" /></Connect></Response>""",
        new VoiceResponse().Connect(connect => connect.Stream(
            "wss://example.com/a", name: "a", bidir: true, streamSslValidateCertificate: true, streamStartConferenceOnEnter: false)).ToString());

    [Fact]
    public void Virtual_agent_needs_its_connector_name_in_cxml()
    {
        var problem = Assert.Single(VoiceResponse.Validate("<Response><Connect><VirtualAgent /></Connect></Response>"));
        Assert.Contains("connectorName", problem.Message);
    }

    [Fact]
    public void Ssml_values_only_twilio_documents_are_unknown_in_cxml()
    {
        Assert.Contains(VoiceResponse.Validate("<Response><Say><phoneme alphabet=\"x-amazon-pinyin\" ph=\"a\">x</phoneme></Say></Response>"), p => p.Message.Contains("alphabet"));
        Assert.Empty(VoiceResponse.Validate("<Response><Say><say-as interpret-as=\"interjection\">wow</say-as><lang xml:lang=\"en-CA\">eh</lang></Say></Response>"));
    }

    private static void Page(string file, VoiceResponse built) => PageExample.Matches("cxml/pages/" + file, built, VoiceResponse.Parse, VoiceResponse.Validate);
}
