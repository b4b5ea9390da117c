using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.KnownValueAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>MDSL003 and MDSL004 on the call-flow verbs' provider-specific values (TeXML, cXML, cXML fax).</summary>
public sealed class CallFlowValueTests
{
    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Number("+15551234567", detectionMode: {|MDSL003:"Basic"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Number("+15551234567", sipRegion: {|MDSL003:"Asia"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Record(format: {|MDSL003:"ogg"|}, channels: {|MDSL003:"stereo"|})""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Suppression(direction: {|MDSL003:"in"|}, noiseSuppressionEngine: {|MDSL003:"RNNoise"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().HttpRequest(h => h.Request("https://example.com", method: {|MDSL003:"HEAD"|}))""")]
    [InlineData("CXML", """new VoiceResponse().Dial("+15551234567", recordingStorageUrlMethod: {|MDSL003:"PATCH"|})""")]
    [InlineData("CXML.Fax", """new FaxResponse().Receive(mediaType: {|MDSL003:"image/png"|}, pageSize: {|MDSL003:"A4"|})""")]
    [InlineData("SWML.Messaging", """new SwmlMessagingDocument().Switch("message.body", s => s.Default(d => d.Receive()), transform: {|MDSL003:"titlecase"|})""")]
    public Task A_value_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Number("+15551234567", machineDetection: {|MDSL004:"Disable"|}))""")]
    [InlineData("TwiML", """new VoiceResponse().Dial(d => d.Number("+15551234567", statusCallbackEvent: [{|MDSL004:"amd"|}, "answered"]))""")]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Conference("room", statusCallbackEvent: [{|MDSL004:"mute"|}, "join"]))""")]
    [InlineData("CXML", """new VoiceResponse().Dial(d => d.Conference("room", statusCallbackEvent: [{|MDSL004:"announcement"|}]))""")]
    [InlineData("CXML", """new VoiceResponse().Dial("+15551234567", record: {|MDSL004:"true"|})""")]
    [InlineData("CXML", """new VoiceResponse().Pay(language: {|MDSL004:"es-US"|}, tokenType: {|MDSL004:"payment-method"|})""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(p => p.Prompt("bank-routing-number", errorType: [{|MDSL004:"invalid-bank-routing-number"|}]), language: {|MDSL004:"es-MX"|})""")]
    [InlineData("SWML", """new SwmlDocument().Request("https://example.com/api", {|MDSL004:"PATCH"|})""")]
    public Task A_value_of_another_dialect_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Dial(d => d.Number("+15551234567", machineDetection: "Disable", detectionMode: "PremiumCallScreening", statusCallbackEvent: ["amd", "dtmf"]))""")]
    [InlineData("CXML", """new VoiceResponse().Dial(d => d.Conference("room", statusCallbackEvent: ["mute", "hold", "speaker"]), recordingStorageUrlMethod: "PUT")""")]
    [InlineData("CXML.Fax", """new FaxResponse().Receive(mediaType: "image/tiff", pageSize: "legal")""")]
    [InlineData("SWML.Messaging", """new SwmlMessagingDocument().Request("https://example.com/api", method: "PATCH").Switch("message.body", s => s.Default(d => d.Receive()), transform: "lowercase_trim")""")]
    public Task The_dialects_own_values_are_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));
}
