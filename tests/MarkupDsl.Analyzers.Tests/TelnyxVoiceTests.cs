using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.TelnyxVoiceAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class TelnyxVoiceTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Say("Hi", voice: "Polly.Joanna-Neural", {|MDSL023:gender: SayGender.Female|})""")]
    [InlineData("""new VoiceResponse().Say("Hi", {|MDSL023:effect: "eq_car"|}, {|MDSL023:gender: "Male"|})""")]
    [InlineData("""new VoiceResponse().Gather(g => g.Say("Press 1", voice: "Telnyx.NaturalHD.astra", {|MDSL023:effect: SayEffect.EqTelecomHp8k|}))""")]
    public Task Gender_or_effect_without_an_azure_voice_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Say("Hi", voice: "Azure.en-US-AvaNeural", gender: SayGender.Female, effect: "eq_car")""")]
    [InlineData("""new VoiceResponse().Say("Hi", voice: name, gender: "Male")""")]
    [InlineData("""new VoiceResponse().Say("Hi", voice: "Polly.Joanna", gender: null)""")]
    public Task Gender_or_effect_with_an_azure_voice_or_one_unknown_at_compile_time_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Say("Hi", voice: {|MDSL024:"ElevenLabs.eleven_multilingual_v2.21m00Tcm4TlvDq8ikWAM"|})""")]
    [InlineData("""new VoiceResponse().AIGather(a => a.Voice({|MDSL024:"ElevenLabs.eleven_turbo_v2.voice"|}).Parameters("{}"))""")]
    public Task An_elevenlabs_voice_without_an_api_key_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Say("Hi", voice: "ElevenLabs.eleven_multilingual_v2.x", apiKeyRef: "key")""")]
    [InlineData("""new VoiceResponse().AIGather(a => a.Voice("ElevenLabs.m.v", apiKeyRef: "key").Parameters("{}"))""")]
    [InlineData("""new VoiceResponse().Say("Hi", voice: "Telnyx.NaturalHD.astra").Say("Hi", voice: name).Say("Hi")""")]
    public Task An_elevenlabs_voice_with_a_key_or_another_voice_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Fact]
    public Task The_rules_are_telnyx_only() => Verify.VerifyAnalyzerAsync(Sources.In("CXML", """new VoiceResponse().Say("Hi", voice: "ElevenLabs.eleven_multilingual_v2.x")"""));

    [Theory]
    [InlineData("MDSL023", """new VoiceResponse().Say("Hi", {|#0:gender: "Male"|})""", "gender applies only to an Azure.* voice; Telnyx ignores it for the voice 'man'")]
    [InlineData("MDSL024", """new VoiceResponse().Say("Hi", voice: {|#0:"ElevenLabs.m.v"|})""", "The ElevenLabs voice 'ElevenLabs.m.v' needs api_key_ref, the integration secret holding the ElevenLabs API key")]
    public Task The_messages_name_the_attribute_and_the_voice(string id, string expression, string message) => Verify.VerifyAnalyzerAsync(
        Sources.In("TeXML", expression),
        Verify.Diagnostic(id).WithLocation(0).WithMessage(message));
}
