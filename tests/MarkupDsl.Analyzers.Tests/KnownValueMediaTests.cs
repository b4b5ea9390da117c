using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.KnownValueAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>MDSL003 and MDSL004 on the TeXML and cXML values of Say, Play, Gather, Start's nouns and Connect's.</summary>
public sealed class KnownValueMediaTests
{
    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Say("Hi", voice: "Azure.en-US-AvaNeural", gender: {|MDSL003:"female"|}, effect: {|MDSL003:"eq_phone"|})""")]
    [InlineData("TeXML", """new VoiceResponse().Play("", ringTone: {|MDSL003:"gb"|})""")]
    [InlineData("TeXML", """new VoiceResponse().Gather(transcriptionEngine: {|MDSL003:"Whisper"|}, input: ["dtmf", {|MDSL003:"voice"|}])""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Transcription(transcriptionTracks: {|MDSL003:"both_tracks"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Recording(channels: {|MDSL003:"stereo"|}, format: {|MDSL003:"ogg"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Connect(c => c.AIAssistant(join: "c", participantRole: {|MDSL003:"agent"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/r", interruptible: {|MDSL003:"always"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().AIGather(a => a.Parameters("{}").MessageHistory(h => h.Message("Hi", {|MDSL003:"system"|})))""")]
    [InlineData("CXML", """new VoiceResponse().Say(s => s.Phoneme("pecan", alphabet: {|MDSL003:"arpabet"|}).Lang("Hola", xmlLang: {|MDSL003:"es-XX"|}))""")]
    public Task A_value_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Say("Hi", voice: "Azure.en-US-AvaNeural", gender: "Female", effect: "eq_car").Play("", ringTone: "us-old")""")]
    [InlineData("TeXML", """new VoiceResponse().Gather(transcriptionEngine: "Deepgram").Start(s => s.Recording(channels: "single", format: "wav"))""")]
    [InlineData("TeXML", """new VoiceResponse().Connect(c => c.ConversationRelay("wss://example.com/r", interruptible: "true", transcriptionProvider: "deepgram"))""")]
    [InlineData("CXML", """new VoiceResponse().Say(s => s.SayAs("wow", interpretAs: "interjection").Lang("eh", xmlLang: "en-CA"), voice: "gcloud.en-US-Standard-A")""")]
    public Task A_documented_value_or_an_open_one_is_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Fact]
    public Task A_twilio_only_ssml_value_in_cxml_names_twilio() => Verify.VerifyAnalyzerAsync(
        Sources.In("CXML", """new VoiceResponse().Say(s => s.SayAs("20240101", format: {|#0:"yyyymmdd"|}))"""),
        Verify.Diagnostic("MDSL004").WithLocation(0).WithMessage("'yyyymmdd' is a SsmlSayAsFormat value of TwiML, not of cXML; cXML takes mdy, dmy, ymd, md, dm, ym, my, d, m, y"));

    [Fact]
    public Task A_cxml_only_ssml_value_in_twiml_names_cxml() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", """new VoiceResponse().Say(s => s.SayAs("wow", interpretAs: {|#0:"interjection"|}))"""),
        Verify.Diagnostic("MDSL004").WithLocation(0).WithMessage("'interjection' is a SsmlSayAsInterpretAs value of cXML, not of TwiML; TwiML takes fraction, telephone, characters, expletive, spell-out and 8 more"));

    [Fact]
    public Task A_telnyx_recording_channel_in_twiml_names_texml() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", """new VoiceResponse().Start(s => s.Recording(channels: {|#0:"single"|}))"""),
        Verify.Diagnostic("MDSL004").WithLocation(0).WithMessage("'single' is a RecordingChannels value of TeXML, not of TwiML; TwiML takes mono, dual"));

    [Fact]
    public Task Do_not_trim_in_texml_is_another_dialects_value() => Verify.VerifyAnalyzerAsync(
        Sources.In("TeXML", """new VoiceResponse().Start(s => s.Recording(trim: {|#0:"do-not-trim"|}))"""),
        Verify.Diagnostic("MDSL004").WithLocation(0).WithMessage("'do-not-trim' is a Trim value of TwiML, not of TeXML; TeXML takes trim-silence"));
}
