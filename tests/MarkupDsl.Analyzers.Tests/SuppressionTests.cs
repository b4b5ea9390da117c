using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class SuppressionTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(model: [|KrispModel.VivaTelV2|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: "DeepFilterNet", suppressionLevel: [|"50"|], model: [|"krisp-viva-pro-v1.kef"|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: NoiseSuppressionEngine.Denoiser, suppressionLevel: [|"10"|]))""")]
    public Task A_krisp_attribute_with_another_engine_is_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL020", Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: NoiseSuppressionEngine.Krisp, model: KrispModel.VivaProV1, suppressionLevel: "80"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(noiseSuppressionEngine: name, suppressionLevel: "80"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Suppression(direction: SuppressionDirection.Both, noiseSuppressionEngine: "AiCoustics"))""")]
    public Task Krisp_attributes_with_krisp_or_an_engine_unknown_at_compile_time_are_not_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL020", Sources.In("TeXML", expression));

    [Fact]
    public async Task The_message_names_the_attribute_and_the_engine()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL020", Sources.In("TeXML", """new VoiceResponse().Start(s => s.Suppression(model: "krisp-viva-tel-v2.kef"))"""));
        Assert.Equal("model applies only when noiseSuppressionEngine is Krisp, but this <Suppression> uses Denoiser (the default)", diagnostic.GetMessage());
    }
}
