using MarkupDsl.TeXML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// Telnyx's TeXML examples for &lt;Say&gt;, &lt;Play&gt;, &lt;Gather&gt;, &lt;Start&gt;&lt;Transcription&gt;, &lt;Siprec&gt;,
/// &lt;AIGather&gt; and &lt;Connect&gt;&lt;AIAssistant&gt; (pages at
/// developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/), each built with the TeXML builders and read back,
/// and the Telnyx-only attributes and nouns written as Telnyx spells them.
/// </summary>
public sealed class TeXMLMediaAndAiTests
{
    [Fact]
    public void Say_with_alice() => Page("say-1.xml", new VoiceResponse().Say("This is a premium Amazon Polly text-to-speech message!", voice: "alice"));

    [Fact]
    public void Say_with_a_telnyx_kokoro_voice() =>
        Page("say-2.xml", new VoiceResponse().Say("The text that should be said on the call!", voice: "Telnyx.KokoroTTS.af"));

    [Fact]
    public void Say_with_a_telnyx_natural_hd_voice() =>
        Page("say-3.xml", new VoiceResponse().Say("Your appointment is confirmed for tomorrow at 3 PM.", voice: "Telnyx.NaturalHD.astra"));

    [Fact]
    public void Play_a_url() => Page("play-1.xml", new VoiceResponse().Play("https://example.com/welcome.mp3"));

    [Fact]
    public void Play_a_ring_tone_without_audio() => Page("play-2.xml", new VoiceResponse().Play(string.Empty, ringTone: PlayRingTone.Us, loop: 3));

    [Fact]
    public void Gather_one_digit() => Page(
        "gather-1.xml",
        new VoiceResponse().Gather(gather => gather.Say("Press 1 for sales, press 2 for support."), timeout: 5, numDigits: 1, finishOnKey: "#"));

    [Fact]
    public void Start_a_named_siprec_session() => Page(
        "siprec-1.xml",
        new VoiceResponse().Start(start => start.Siprec(
            "my-connector", name: "siprec_session", track: Track.BothTracks, statusCallback: "https://example.com/siprec_callback")));

    [Fact]
    public void Stop_a_siprec_session_by_name() => Page("siprec-2.xml", new VoiceResponse().Stop(stop => stop.Siprec(name: "siprec_session")));

    [Fact]
    public void Start_a_transcription_with_interim_results() => Page(
        "transcription-1.xml",
        new VoiceResponse().Start(start => start.Transcription(language: "en", interimResults: true, transcriptionCallback: "/transcription")));

    [Fact]
    public void Start_a_google_phone_call_transcription() => Page(
        "transcription-2.xml",
        new VoiceResponse().Start(start => start.Transcription(
            transcriptionEngine: "Google", model: "phone_call", language: "en-US", interimResults: true, transcriptionCallback: "/transcription")));

    [Fact]
    public void AIGather_with_a_json_schema_and_a_message_history() => Page(
        "aigather-1.xml",
        new VoiceResponse().AIGather(
            ai => ai
                .Greeting("Hello, please provide your age and location.")
                .Voice("Polly.Joanna")
                .Parameters("\n" + AgeAndLocationSchema + "\n")
                .MessageHistory(history => history
                    .Message("Hello, what's your name?", AIGatherMessageRole.Assistant)
                    .Message("Hi, I'm Enzo.", AIGatherMessageRole.User)),
            action: "https://example.com/aigather"));

    [Fact]
    public void AIGather_writes_every_noun_with_telnyx_spelling() => XmlAssert.SameTree(
        """
        <Response><AIGather action="/gathered" method="GET">
          <Voice name="Telnyx.NaturalHD.astra" api_key_ref="tts-key" voice_speed="1.2" />
          <Parameters>{"type":"object"}</Parameters>
          <Tools><Tool>{"type":"hangup","hangup":{}}</Tool></Tools>
          <InterruptionSettings enable="false" />
          <Transcription model="deepgram/nova-3" />
          <Assistant model="openai/gpt-4o" api_key_ref="llm-key" instructions="Be brief." />
        </AIGather></Response>
        """,
        new VoiceResponse().AIGather(
            ai => ai
                .Voice("Telnyx.NaturalHD.astra", apiKeyRef: "tts-key", voiceSpeed: "1.2")
                .Parameters("""{"type":"object"}""")
                .Tools(tools => tools.Tool("""{"type":"hangup","hangup":{}}"""))
                .InterruptionSettings(enable: false)
                .Transcription(model: "deepgram/nova-3")
                .Assistant(model: "openai/gpt-4o", apiKeyRef: "llm-key", instructions: "Be brief."),
            action: "/gathered",
            method: CallbackMethod.Get).ToString());

    [Fact]
    public void AIGather_reads_back_its_local_transcription_apart_from_starts()
    {
        const string text = """<Response><Start><Transcription transcriptionCallback="/t" /></Start><AIGather><Parameters>{}</Parameters><Transcription model="m" /></AIGather></Response>""";

        Assert.Empty(VoiceResponse.Validate(text));
        Assert.Equal(
            new VoiceResponse().Start(s => s.Transcription(transcriptionCallback: "/t")).AIGather(ai => ai.Parameters("{}").Transcription(model: "m")),
            VoiceResponse.Parse(text));
        Assert.Contains(VoiceResponse.Validate("<Response><AIGather><Parameters>{}</Parameters><Transcription transcriptionCallback=\"/t\" /></AIGather></Response>"), p => p.Message.Contains("transcriptionCallback"));
    }

    [Fact]
    public void AIGather_without_parameters_is_reported() =>
        Assert.NotEmpty(VoiceResponse.Validate("<Response><AIGather><Greeting>Hi</Greeting></AIGather></Response>"));

    [Fact]
    public void Say_writes_telnyx_voice_settings() => XmlAssert.SameTree(
        """<Response><Say voice="Azure.en-US-AvaNeural" gender="Female" effect="eq_telecomhp8k" voiceSpeed="0.9" region="eastus" /><Say voice="ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM" api_key_ref="el-key" pronunciationDictId="dict-1" languageBoost="English">Hi</Say></Response>""",
        new VoiceResponse()
            .Say(string.Empty, voice: "Azure.en-US-AvaNeural", gender: SayGender.Female, effect: SayEffect.EqTelecomHp8k, voiceSpeed: "0.9", region: "eastus")
            .Say("Hi", voice: "ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM", apiKeyRef: "el-key", pronunciationDictId: "dict-1", languageBoost: "English")
            .ToString());

    [Theory]
    [InlineData("0.05")]
    [InlineData("2.5")]
    [InlineData("fast")]
    public void Say_refuses_a_voice_speed_outside_0_1_to_2(string speed)
    {
        var exception = Assert.Throws<System.ArgumentException>(() => new VoiceResponse().Say("Hi", voiceSpeed: speed));
        Assert.Equal("voiceSpeed", exception.ParamName);
    }

    [Fact]
    public void Play_writes_media_storage_failover_and_continue_on_error() => XmlAssert.SameTree(
        """<Response><Play mediaStorage="true" failoverUrl="backup.mp3" continueOnError="true">welcome.mp3</Play><Play digits="ww12#" /></Response>""",
        new VoiceResponse().Play("welcome.mp3", mediaStorage: true, failoverUrl: "backup.mp3", continueOnError: true).Play(string.Empty, digits: "ww12#").ToString());

    [Fact]
    public void Gather_writes_telnyx_speech_and_digit_attributes() => XmlAssert.SameTree(
        """<Response><Gather action="/menu" input="dtmf speech" transcriptionEngine="Deepgram" model="deepgram/nova-3" keyterms="billing" smartFormat="true" useEnhanced="false" minDigits="2" maxDigits="4" validDigits="123#" invalidDigitsAction="/invalid" finishOnKey="#" speechTimeout="3"><Say>Enter your code</Say><Play>https://example.com/beep.mp3</Play></Gather></Response>""",
        new VoiceResponse().Gather(
            gather => gather.Say("Enter your code").Play("https://example.com/beep.mp3"),
            action: "/menu",
            input: [GatherInput.Dtmf, GatherInput.Speech],
            transcriptionEngine: SpeechEngine.Deepgram,
            model: "deepgram/nova-3",
            keyterms: "billing",
            smartFormat: true,
            useEnhanced: false,
            minDigits: 2,
            maxDigits: 4,
            validDigits: "123#",
            invalidDigitsAction: "/invalid",
            finishOnKey: "#",
            speechTimeout: "3").ToString());

    [Fact]
    public void The_readme_ivr_writes_telnyx_markup() => XmlAssert.SameTree(
        """<Response><Gather action="/menu" input="dtmf speech" transcriptionEngine="Deepgram" validDigits="12" invalidDigitsAction="/menu/invalid"><Say voice="Telnyx.NaturalHD.astra">Press 1 or say sales, press 2 or say support.</Say></Gather><Say>Connecting you to our assistant.</Say><Connect><AIAssistant id="assistant-776d0d6f-716d-4d8f-b6da-b95181636838" /></Connect></Response>""",
        new VoiceResponse()
            .Gather(g => g.Say("Press 1 or say sales, press 2 or say support.", voice: "Telnyx.NaturalHD.astra"),
                action: "/menu", input: [GatherInput.Dtmf, GatherInput.Speech],
                transcriptionEngine: SpeechEngine.Deepgram, validDigits: "12", invalidDigitsAction: "/menu/invalid")
            .Say("Connecting you to our assistant.")
            .Connect(c => c.AIAssistant(id: "assistant-776d0d6f-716d-4d8f-b6da-b95181636838"))
            .ToString());

    [Fact]
    public void Gather_refuses_what_telnyx_refuses()
    {
        Assert.Equal("maxDigits", Assert.Throws<System.ArgumentOutOfRangeException>(() => new VoiceResponse().Gather(maxDigits: 129)).ParamName);
        Assert.Equal("validDigits", Assert.Throws<System.ArgumentException>(() => new VoiceResponse().Gather(validDigits: "12a")).ParamName);
        Assert.Equal("speechTimeout", Assert.Throws<System.ArgumentException>(() => new VoiceResponse().Gather(speechTimeout: "auto")).ParamName);
    }

    [Fact]
    public void Connect_an_ai_assistant() =>
        Page("aiassistant-1.xml", new VoiceResponse().Connect(c => c.AIAssistant(id: "assistant-776d0d6f-716d-4d8f-b6da-b95181636838")));

    [Fact]
    public void Join_an_ai_assistant_conversation() => Page(
        "aiassistant-2.xml",
        new VoiceResponse().Connect(c => c.AIAssistant(join: "v3:abc123def456", participantName: "John", participantRole: AIAssistantParticipantRole.User)));

    [Fact]
    public void Connect_an_ai_assistant_or_join_its_conversation() => XmlAssert.SameTree(
        """<Response><Connect action="/after"><AIAssistant id="assistant-1" /></Connect><Connect><AIAssistant join="conv-9" participantName="Supervisor" participantRole="assistant" /></Connect></Response>""",
        new VoiceResponse()
            .Connect(c => c.AIAssistant(id: "assistant-1"), action: "/after")
            .Connect(c => c.AIAssistant(join: "conv-9", participantName: "Supervisor", participantRole: AIAssistantParticipantRole.Assistant))
            .ToString());

    [Fact]
    public void Connect_a_conversation_relay_with_languages_and_parameters()
    {
        var built = new VoiceResponse().Connect(
            c => c.ConversationRelay(
                "wss://example.com/relay",
                relay => relay
                    .Language("fr", ttsProvider: "telnyx", voice: "Telnyx.NaturalHD.astra", transcriptionProvider: "deepgram", speechModel: "nova-3")
                    .Parameter("customer", "42"),
                welcomeGreeting: "Hello",
                voice: "Telnyx.Natural.abbie",
                language: "en",
                transcriptionProvider: "deepgram",
                interruptible: ConversationRelayInterruptible.Speech,
                welcomeGreetingInterruptible: ConversationRelayInterruptible.False,
                dtmfDetection: true),
            action: "https://example.com/relay-done");
        const string text = """<Response><Connect action="https://example.com/relay-done"><ConversationRelay url="wss://example.com/relay" welcomeGreeting="Hello" voice="Telnyx.Natural.abbie" language="en" transcriptionProvider="deepgram" interruptible="speech" welcomeGreetingInterruptible="false" dtmfDetection="true"><Language code="fr" ttsProvider="telnyx" voice="Telnyx.NaturalHD.astra" transcriptionProvider="deepgram" speechModel="nova-3" /><Parameter name="customer" value="42" /></ConversationRelay></Connect></Response>""";

        XmlAssert.SameTree(text, built.ToString());
        Assert.Equal(built, VoiceResponse.Parse(text));
    }

    [Fact]
    public void Start_and_stop_a_siprec_session_and_a_recording() => XmlAssert.SameTree(
        """<Response><Start><Siprec connectorName="recorder" track="both_tracks" secure="true" sessionTimeoutSecs="1800" includeMetadataCustomHeaders="true" /></Start><Start><Recording channels="single" track="both" trim="trim-silence" format="wav" recordingStatusCallback="/rec" recordingStatusCallbackEvent="in-progress completed" /></Start><Stop><Siprec /></Stop><Stop><Recording /></Stop><Stop><Transcription /></Stop></Response>""",
        new VoiceResponse()
            .Start(s => s.Siprec("recorder", track: Track.BothTracks, secure: true, sessionTimeoutSecs: 1800, includeMetadataCustomHeaders: true))
            .Start(s => s.Recording(
                channels: RecordingChannels.Single,
                track: RecordingTrack.Both,
                trim: Trim.TrimSilence,
                format: RecordingFormat.Wav,
                recordingStatusCallback: "/rec",
                recordingStatusCallbackEvent: [RecordingStatusCallbackEvent.InProgress, RecordingStatusCallbackEvent.Completed]))
            .Stop(s => s.Siprec())
            .Stop(s => s.Recording())
            .Stop(s => s.Transcription())
            .ToString());

    [Fact]
    public void Siprec_session_timeout_is_at_most_14440_seconds_or_0_to_turn_it_off()
    {
        Assert.Equal("sessionTimeoutSecs", Assert.Throws<System.ArgumentOutOfRangeException>(() => new VoiceResponse().Start(s => s.Siprec("r", sessionTimeoutSecs: 14441))).ParamName);
        XmlAssert.SameTree("""<Response><Start><Siprec connectorName="r" sessionTimeoutSecs="0" /></Start></Response>""", new VoiceResponse().Start(s => s.Siprec("r", sessionTimeoutSecs: 0)).ToString());
    }

    private const string AgeAndLocationSchema = """
        {
          "type": "object",
          "properties": {
            "location": {
              "type": "string",
              "description": "The location of the user"
            },
            "age": {
              "type": "number",
              "description": "The age of the user"
            }
          },
          "required": ["location", "age"]
        }
        """;

    private static void Page(string file, VoiceResponse built) => PageExample.Matches("texml/pages/" + file, built, VoiceResponse.Parse, VoiceResponse.Validate);
}
