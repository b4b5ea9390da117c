using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>MDSL003 and MDSL004 on the call-flow verbs' provider-specific values (TeXML, cXML, cXML fax).</summary>
public sealed class CallFlowValueTests
{
    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Number("+15551234567", detectionMode: [|"Basic"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Number("+15551234567", sipRegion: [|"Asia"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Record(format: [|"ogg"|], channels: [|"stereo"|])""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Suppression(direction: [|"in"|], noiseSuppressionEngine: [|"RNNoise"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().HttpRequest(h => h.Request("https://example.com", method: [|"HEAD"|]))""")]
    [InlineData("CXML", """new VoiceResponse().Dial("+15551234567", recordingStorageUrlMethod: [|"PATCH"|])""")]
    [InlineData("CXML.Fax", """new FaxResponse().Receive(mediaType: [|"image/png"|], pageSize: [|"A4"|])""")]
    [InlineData("SWML.Messaging", """new SwmlMessagingDocument().Switch("message.body", s => s.Default(d => d.Receive()), transform: [|"titlecase"|])""")]
    public Task A_value_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Number("+15551234567", machineDetection: [|"Disable"|]))""")]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Number("+15551234567", statusCallbackEvent: [[|"amd"|], "answered"]))""")]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Conference("room", statusCallbackEvent: [[|"mute"|], "join"]))""")]
    [InlineData("CXML", """new VoiceResponse().Dial(d => d.Conference("room", statusCallbackEvent: [[|"announcement"|]]))""")]
    [InlineData("CXML", """new VoiceResponse().Dial("+15551234567", record: [|"true"|])""")]
    [InlineData("CXML", """new VoiceResponse().Pay(language: [|"es-US"|], tokenType: [|"payment-method"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(p => p.Prompt("bank-routing-number", errorType: [[|"invalid-bank-routing-number"|]]), language: [|"es-MX"|])""")]
    [InlineData("SWML", """new SwmlDocument().Request("https://example.com/api", [|"PATCH"|])""")]
    public Task A_value_of_another_dialect_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL004", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Number("+15551234567", machineDetection: "Disable", detectionMode: "PremiumCallScreening", statusCallbackEvent: ["amd", "dtmf"]))""")]
    [InlineData("CXML", """new VoiceResponse().Dial(d => d.Conference("room", statusCallbackEvent: ["mute", "hold", "speaker"]), recordingStorageUrlMethod: "PUT")""")]
    [InlineData("CXML.Fax", """new FaxResponse().Receive(mediaType: "image/tiff", pageSize: "legal")""")]
    [InlineData("SWML.Messaging", """new SwmlMessagingDocument().Request("https://example.com/api", method: "PATCH").Switch("message.body", s => s.Default(d => d.Receive()), transform: "lowercase_trim")""")]
    public Task The_dialects_own_values_are_not_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));
}
