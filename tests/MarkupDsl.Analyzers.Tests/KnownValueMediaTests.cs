using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>MDSL003 and MDSL004 on the TeXML and cXML values of Say, Play, Gather, Start's nouns and Connect's.</summary>
public sealed class KnownValueMediaTests
{
    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Say("Hi", voice: "Azure.en-US-AvaNeural", gender: [|"female"|], effect: [|"eq_phone"|])""")]
    [InlineData("TeXML", """new VoiceResponse().Play("", ringTone: [|"gb"|])""")]
    [InlineData("TeXML", """new VoiceResponse().Gather(transcriptionEngine: [|"Whisper"|], input: ["dtmf", [|"voice"|]])""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Transcription(transcriptionTracks: [|"both_tracks"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Recording(channels: [|"stereo"|], format: [|"ogg"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Connect(c => c.AIAssistant(join: "c", participantRole: [|"agent"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/r", interruptible: [|"always"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().AIGather(a => a.Parameters("{}").MessageHistory(h => h.Message("Hi", [|"system"|])))""")]
    [InlineData("CXML", """new VoiceResponse().Say(s => s.Phoneme("pecan", alphabet: [|"arpabet"|]).Lang("Hola", xmlLang: [|"es-XX"|]))""")]
    public Task A_value_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Say("Hi", voice: "Azure.en-US-AvaNeural", gender: "Female", effect: "eq_car").Play("", ringTone: "us-old")""")]
    [InlineData("TeXML", """new VoiceResponse().Gather(transcriptionEngine: "Deepgram").Start(s => s.Recording(channels: "single", format: "wav"))""")]
    [InlineData("TeXML", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/r", interruptible: "true", transcriptionProvider: "deepgram"))""")]
    [InlineData("CXML", """new VoiceResponse().Say(s => s.SayAs("wow", interpretAs: "interjection").Lang("eh", xmlLang: "en-CA"), voice: "gcloud.en-US-Standard-A")""")]
    public Task A_documented_value_or_an_open_one_is_not_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Fact]
    public async Task A_twilio_only_ssml_value_in_cxml_names_twilio()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL004", Sources.In("CXML", """new VoiceResponse().Say(s => s.SayAs("20240101", format: "yyyymmdd"))"""));
        Assert.StartsWith("'yyyymmdd' is a SsmlSayAsFormat value of TwiML, not of cXML;", diagnostic.GetMessage());
    }

    [Fact]
    public async Task A_cxml_only_ssml_value_in_twiml_names_cxml()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL004", Sources.In("TwiML", """new VoiceResponse().Say(s => s.SayAs("wow", interpretAs: "interjection"))"""));
        Assert.StartsWith("'interjection' is a SsmlSayAsInterpretAs value of cXML, not of TwiML;", diagnostic.GetMessage());
    }

    [Fact]
    public async Task A_telnyx_recording_channel_in_twiml_names_texml()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL004", Sources.In("TwiML", """new VoiceResponse().Start(s => s.Recording(channels: "single"))"""));
        Assert.StartsWith("'single' is a RecordingChannels value of TeXML, not of TwiML;", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Do_not_trim_in_texml_is_another_dialects_value()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL004", Sources.In("TeXML", """new VoiceResponse().Start(s => s.Recording(trim: "do-not-trim"))"""));
        Assert.StartsWith("'do-not-trim' is a Trim value of TwiML", diagnostic.GetMessage());
        Assert.Contains("not of TeXML; TeXML takes trim-silence", diagnostic.GetMessage());
    }
}
