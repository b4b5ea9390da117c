using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>The known-value rules (MDSL003, MDSL004) over the enumerated parameters of SWML's calling methods.</summary>
public sealed class SwmlKnownValueTests
{
    [Theory]
    [InlineData("""new SwmlDocument().Hangup(reason: [|"busy-here"|])""")]
    [InlineData("""new SwmlDocument().Record(format: [|"ogg"|], direction: [|"inbound"|])""")]
    [InlineData("""new SwmlDocument().RecordCall(format: [|"WAV"|])""")]
    [InlineData("""new SwmlDocument().Tap("rtp://10.0.0.1:5000", codec: [|"OPUS"|])""")]
    [InlineData("""new SwmlDocument().Request("https://example.com/api", [|"HEAD"|])""")]
    [InlineData("""new SwmlDocument().DetectMachine(tone: [|"cng"|])""")]
    [InlineData("""new SwmlDocument().JoinConference("c", trim: [|"trim"|], beep: [|"onenter"|])""")]
    public Task An_undocumented_value_of_a_method_parameter_is_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In("SWML", expression));

    [Theory]
    [InlineData("""new SwmlDocument().Hangup(reason: "decline").Record(format: "mp4", direction: "listen")""")]
    [InlineData("""new SwmlDocument().Request("https://example.com/api", "DELETE").JoinConference("c", region: "ch", beep: "onExit")""")]
    public Task A_documented_value_is_not_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In("SWML", expression));

    [Theory]
    [InlineData("SWML", """new SwmlDocument().JoinConference("c", region: [|"us1"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Conference("c", region: [|"eu"|]))""")]
    public Task A_conference_region_of_the_other_dialect_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL004", Sources.In(dialect, expression));

    [Fact]
    public async Task The_message_names_twilios_region_and_lists_signalwires()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL004",
            Sources.In("SWML", """new SwmlDocument().JoinConference("c", region: "ie1")"""));
        Assert.Equal("'ie1' is a ConferenceRegion value of TwiML, not of SWML; SWML takes global, us, eu, ch", diagnostic.GetMessage());
    }
}
