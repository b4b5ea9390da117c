using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.SuppressionAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class SuppressionTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(model: [|KrispModel.VivaTelV2|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: "DeepFilterNet", suppressionLevel: [|"50"|], model: [|"krisp-viva-pro-v1.kef"|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: NoiseSuppressionEngine.Denoiser, suppressionLevel: [|"10"|]))""")]
    public Task A_krisp_attribute_with_another_engine_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: NoiseSuppressionEngine.Krisp, model: KrispModel.VivaProV1, suppressionLevel: "80"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: name, suppressionLevel: "80"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(direction: SuppressionDirection.Both, noiseSuppressionEngine: "AiCoustics"))""")]
    public Task Krisp_attributes_with_krisp_or_an_engine_unknown_at_compile_time_are_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Fact]
    public Task The_message_names_the_attribute_and_the_engine() => Verify.VerifyAnalyzerAsync(
        Sources.In("TeXML", """new VoiceResponse().Start(s => s.Suppression(model: {|#0:"krisp-viva-tel-v2.kef"|}))"""),
        Verify.Diagnostic("MDSL020").WithLocation(0).WithMessage("model applies only when noiseSuppressionEngine is Krisp, but this <Suppression> uses Denoiser (the default)"));
}
