using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.DenoiseAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class DenoiseTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Denoise([|"true"|])""")]
    [InlineData("""new VoiceResponse().Denoise([|"ON"|]).Denoise([|""|])""")]
    public Task A_word_other_than_on_or_off_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("CXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Denoise("on").Denoise("off")""")]
    [InlineData("""new VoiceResponse().Denoise(name)""")]
    public Task On_off_or_a_value_unknown_at_compile_time_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("CXML", expression));

    [Fact]
    public Task The_message_names_the_two_words() => Verify.VerifyAnalyzerAsync(
        Sources.In("CXML", """new VoiceResponse().Denoise({|#0:"yes"|})"""),
        Verify.Diagnostic("MDSL019").WithLocation(0).WithMessage("<Denoise> takes on or off, not 'yes'; SignalWire does not document any other value"));
}
