using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class KnownValueTests
{
    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: [|"inbound"|]))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallbackMethod: [|"PUT"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: [|"pcmu"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", bidirectionalMode: [|"webrtc"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", bidirectionalSamplingRate: [|"44100"|]))""")]
    [InlineData("SWML", """new SwmlDocument().Stream("wss://example.com/media", track: new Track([|"both"|]))""")]
    public Task A_value_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: "both_tracks", statusCallbackMethod: "GET"))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: Track.BothTracks))""")]
    [InlineData("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: name))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "OPUS", bidirectionalSamplingRate: "16000"))""")]
    public Task A_documented_or_unknown_at_compile_time_value_is_not_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: [|"OPUS"|]))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: [|"L16@16000h"|]))""")]
    public Task A_value_of_another_dialect_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL004", Sources.In(dialect, expression));

    [Theory]
    [InlineData("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "L16@16000h"))""")]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "nonsense"))""")]
    public Task A_value_of_this_dialect_or_of_none_is_not_reported_as_another_dialects(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL004", Sources.In(dialect, expression));

    [Fact]
    public async Task The_message_names_the_other_dialect_and_the_values_this_one_takes()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL004",
            Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", codec: "OPUS"))"""));
        Assert.Equal("'OPUS' is a Codec value of TeXML, not of cXML; cXML takes PCMU@8000h, L16@16000h, L16@24000h", diagnostic.GetMessage());
    }

    [Fact]
    public async Task The_message_suggests_the_nearest_known_value()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL003",
            Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/media", track: "inbound"))"""));
        Assert.Equal("'inbound' is not a TwiML Track value; the documented values are inbound_track, outbound_track, both_tracks; did you mean 'inbound_track'?",
            diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Say("Hello", voice: [|"Polly.Joana"|], language: [|"en-us"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(input: ["dtmf", [|"keypad"|]], language: [|"english"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(input: new GatherInput[] { [|"voice"|] })""")]
    [InlineData("TwiML", """new VoiceResponse().Dial("+15551234567", record: [|"record-from-answer-duel"|], ringTone: [|"xx"|])""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(paymentMethod: [|"ach"|], validCardTypes: ["visa", [|"master-card"|]])""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(p => p.Prompt([|"card-number"|], cardType: [[|"Visa"|]]))""")]
    [InlineData("TwiML.Messaging", """new MessagingResponse().Message("Hi", method: [|"PUT"|]).Redirect("/next", method: [|"get"|])""")]
    public Task A_value_of_a_new_attribute_the_dialect_does_not_document_is_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML", """new VoiceResponse().Say("Hello", voice: "Polly.Joanna-Neural", language: "en-US").Say("Hi", voice: SayVoice.Alice)""")]
    [InlineData("TwiML", """new VoiceResponse().Gather(input: [GatherInput.Dtmf, "speech"], language: "en-GB")""")]
    [InlineData("TwiML", """new VoiceResponse().Pay(paymentMethod: "ach-debit", validCardTypes: ["visa", "mastercard", "amex"])""")]
    [InlineData("TwiML.Messaging", """new MessagingResponse().Message("Hi", method: "POST").Redirect("/next", method: CallbackMethod.Get)""")]
    [InlineData("TeXML", """new VoiceResponse().Say("Hello", voice: "Polly.Joana", language: "en-us")""")]
    [InlineData("CXML", """new VoiceResponse().Say("Hello", voice: "gcloud.en-US-Neural2-A", language: "xx")""")]
    public Task A_documented_value_or_one_a_dialect_leaves_open_is_not_reported(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL003", Sources.In(dialect, expression));

    [Fact]
    public async Task A_long_list_is_shortened_to_the_nearest_values_and_a_count()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL003", Sources.In("TwiML", """new VoiceResponse().Say("Hello", voice: "Polly.Joana")"""));
        Assert.Equal(
            "'Polly.Joana' is not a TwiML SayVoice value; the documented values are Polly.Joanna, Polly.Jan, Polly.Bianca, Polly.Dora, Polly.Hans and 1,108 more; did you mean 'Polly.Joanna'?",
            diagnostic.GetMessage());
    }

    [Fact]
    public async Task The_message_names_twiml_messaging_as_its_dialect()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL003", Sources.In("TwiML.Messaging", """new MessagingResponse().Redirect("/next", method: "PUT")"""));
        Assert.Equal("'PUT' is not a TwiML Messaging CallbackMethod value; the documented values are GET, POST", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("MarkupDsl.Messaging")]
    [InlineData("Contoso.TwiML.Messaging")]
    [InlineData("Contoso.TwiML")]
    public Task A_type_in_a_namespace_that_only_looks_like_a_dialect_is_not_checked(string ns) =>
        AnalyzerHarness.Verify("MDSL003", $$"""
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
