using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class DenoiseTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Denoise([|"true"|])""")]
    [InlineData("""new VoiceResponse().Denoise([|"ON"|]).Denoise([|""|])""")]
    public Task A_word_other_than_on_or_off_is_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL019", Sources.In("CXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Denoise("on").Denoise("off")""")]
    [InlineData("""new VoiceResponse().Denoise(name)""")]
    public Task On_off_or_a_value_unknown_at_compile_time_is_not_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL019", Sources.In("CXML", expression));

    [Fact]
    public async Task The_message_names_the_two_words()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL019", Sources.In("CXML", """new VoiceResponse().Denoise("yes")"""));
        Assert.Equal("<Denoise> takes on or off, not 'yes'; SignalWire does not document any other value", diagnostic.GetMessage());
    }
}
