using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.KnownValueAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class KnownValueTests
{
    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: {|MDSL003:"inbound"|}))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallbackMethod: {|MDSL003:"PUT"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: {|MDSL003:"pcmu"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", bidirectionalMode: {|MDSL003:"webrtc"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", bidirectionalSamplingRate: {|MDSL003:"44100"|}))""")]
    [InlineData("SWML", """new SwmlDocument().Stream("wss://example.com/media", track: new Track({|MDSL003:"both"|}))""")]
    public Task A_value_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: "both_tracks", statusCallbackMethod: "GET"))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: Track.BothTracks))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: name))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "OPUS", bidirectionalSamplingRate: "16000"))""")]
    public Task A_documented_or_unknown_at_compile_time_value_is_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: {|MDSL004:"OPUS"|}))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: {|MDSL004:"L16@16000h"|}))""")]
    public Task A_value_of_another_dialect_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "L16@16000h"))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: {|MDSL003:"nonsense"|}))""")]
    public Task A_value_of_this_dialect_or_of_none_is_not_reported_as_another_dialects(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Fact]
    public Task The_message_names_the_other_dialect_and_the_values_this_one_takes() => Verify.VerifyAnalyzerAsync(
        Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: {|#0:"OPUS"|}))"""),
        Verify.Diagnostic("MDSL004").WithLocation(0).WithMessage("'OPUS' is a Codec value of TeXML, not of cXML; cXML takes PCMU@8000h, L16@16000h, L16@24000h"));

    [Fact]
    public Task The_message_suggests_the_nearest_known_value() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: {|#0:"inbound"|}))"""),
        Verify.Diagnostic("MDSL003").WithLocation(0).WithMessage("'inbound' is not a TwiML Track value; the documented values are inbound_track, outbound_track, both_tracks; did you mean 'inbound_track'?"));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Say("Hello", voice: {|MDSL003:"Polly.Joana"|}, language: {|MDSL003:"en-us"|})""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(input: ["dtmf", {|MDSL003:"keypad"|}], language: {|MDSL003:"english"|})""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(input: new GatherInput[] { {|MDSL003:"voice"|} })""")]
    [InlineData("TwiML", """new VoiceResponse().Dial("+15551234567", record: {|MDSL003:"record-from-answer-duel"|}, ringTone: {|MDSL003:"xx"|})""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(paymentMethod: {|MDSL003:"ach"|}, validCardTypes: ["visa", {|MDSL003:"master-card"|}])""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(p => p.Prompt({|MDSL003:"card-number"|}, cardType: [{|MDSL003:"Visa"|}]))""")]
    [InlineData("TwiML.Messaging", """new MessagingResponse().Message("Hi", method: {|MDSL003:"PUT"|}).Redirect("/next", method: {|MDSL003:"get"|})""")]
    public Task A_value_of_a_new_attribute_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Say("Hello", voice: "Polly.Joanna-Neural", language: "en-US").Say("Hi", voice: SayVoice.Alice)""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(input: [GatherInput.Dtmf, "speech"], language: "en-GB")""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(paymentMethod: "ach-debit", validCardTypes: ["visa", "mastercard", "amex"])""")]
    [InlineData("TwiML.Messaging", """new MessagingResponse().Message("Hi", method: "POST").Redirect("/next", method: CallbackMethod.Get)""")]
    [InlineData("TeXML", """new VoiceResponse().Say("Hello", voice: "Polly.Joana", language: "en-us")""")]
    [InlineData("CXML", """new VoiceResponse().Say("Hello", voice: "gcloud.en-US-Neural2-A", language: "xx")""")]
    public Task A_documented_value_or_one_a_dialect_leaves_open_is_not_reported(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Fact]
    public Task A_long_list_is_shortened_to_the_nearest_values_and_a_count() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", """new VoiceResponse().Say("Hello", voice: {|#0:"Polly.Joana"|})"""),
        Verify.Diagnostic("MDSL003").WithLocation(0).WithMessage("'Polly.Joana' is not a TwiML SayVoice value; the documented values are Polly.Joanna, Polly.Jan, Polly.Bianca, Polly.Dora, Polly.Hans and 1,108 more; did you mean 'Polly.Joanna'?"));

    [Fact]
    public Task The_message_names_twiml_messaging_as_its_dialect() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML.Messaging", """new MessagingResponse().Redirect("/next", method: {|#0:"PUT"|})"""),
        Verify.Diagnostic("MDSL003").WithLocation(0).WithMessage("'PUT' is not a TwiML Messaging CallbackMethod value; the documented values are GET, POST"));

    [Theory]
    [InlineData("MarkupDsl.Messaging")]
    [InlineData("Contoso.TwiML.Messaging")]
    [InlineData("Contoso.TwiML")]
    public Task A_type_in_a_namespace_that_only_looks_like_a_dialect_is_not_checked(string ns) =>
        Verify.VerifyAnalyzerAsync($$"""
            namespace {{ns}}
            {
                [MarkupDsl.Markup.KnownValues("GET", "POST")]
                public readonly struct CallbackMethod
                {
                    public static implicit operator CallbackMethod(string value) => default;
                }

                public static class Example
                {
                    public static CallbackMethod Method => "PUT";
                }
            }
            """);
}
