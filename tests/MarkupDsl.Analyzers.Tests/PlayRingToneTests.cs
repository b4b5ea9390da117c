using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.PlayRingToneAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class PlayRingToneTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Play([|"https://example.com/ring.mp3"|], ringTone: PlayRingTone.Us)""")]
    [InlineData("""new VoiceResponse().Gather(g => g.Play([|"https://example.com/ring.mp3"|], ringTone: "gb"))""")]
    public Task Audio_with_a_ring_tone_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Play(string.Empty, ringTone: PlayRingTone.Us, loop: 3)""")]
    [InlineData("""new VoiceResponse().Play("  ", ringTone: PlayRingTone.Us)""")]
    [InlineData("""new VoiceResponse().Play(name, ringTone: PlayRingTone.Us)""")]
    [InlineData("""new VoiceResponse().Play("https://example.com/a.mp3", ringTone: null)""")]
    [InlineData("""new VoiceResponse().Play("https://example.com/a.mp3")""")]
    public Task No_audio_no_ring_tone_or_a_value_unknown_at_compile_time_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Fact]
    public Task The_message_names_the_audio() => Verify.VerifyAnalyzerAsync(
        Sources.In("TeXML", """new VoiceResponse().Play({|#0:"https://x/r.wav"|}, ringTone: PlayRingTone.Us)"""),
        Verify.Diagnostic("MDSL028").WithLocation(0).WithMessage("ringTone plays a ringback tone instead of audio and cannot be combined with the audio 'https://x/r.wav'; leave the text empty"));
}
