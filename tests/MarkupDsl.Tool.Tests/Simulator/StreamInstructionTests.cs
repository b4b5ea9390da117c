using System;
using System.IO;
using MarkupDsl.Markup;
using MarkupDsl.MediaStreams;
using MarkupDsl.Simulator;

namespace MarkupDsl.Tool.Tests.Simulator;

/// <summary>Following a webhook's answer to its stream, in each provider's markup.</summary>
public sealed class StreamInstructionTests
{
    private static readonly Uri Webhook = new("https://app.example.com:8443/voice");

    [Fact]
    public void TwiML_connect_stream_is_two_way_with_its_parameters_and_a_relative_url_resolves_to_wss()
    {
        StreamInstruction stream = StreamInstruction.Parse(
            """<Response><Connect><Stream url="/media"><Parameter name="a" value="1" /></Stream></Connect></Response>""", MediaStreamProvider.Twilio, Webhook);

        Assert.Equal(new Uri("wss://app.example.com:8443/media"), stream.Url);
        Assert.True(stream.Bidirectional);
        Assert.Equal("1", stream.Parameters["a"]);
    }

    [Fact]
    public void TeXML_start_stream_is_two_way_only_in_rtp_mode()
    {
        const string Rtp = """<Response><Start><Stream url="wss://x.example.com/m" bidirectionalMode="rtp" /></Start></Response>""";
        const string OneWay = """<Response><Start><Stream url="wss://x.example.com/m" /></Start></Response>""";

        Assert.True(StreamInstruction.Parse(Rtp, MediaStreamProvider.Telnyx, Webhook).Bidirectional);
        Assert.False(StreamInstruction.Parse(OneWay, MediaStreamProvider.Telnyx, Webhook).Bidirectional);
    }

    [Fact]
    public void A_cXML_bearer_token_is_kept_for_the_upgrade()
    {
        StreamInstruction stream = StreamInstruction.Parse(
            """<Response><Start><Stream url="wss://x.example.com/m" authBearerToken="t0k" /></Start></Response>""", MediaStreamProvider.SignalWire, Webhook);

        Assert.Equal(("t0k", false), (stream.BearerToken, stream.Bidirectional));
    }

    [Fact]
    public void SWML_from_SignalWire_gives_its_one_way_stream_with_custom_parameters()
    {
        const string Yaml = """
            version: 1.0.0
            sections:
              main:
                - stream:
                    url: wss://x.example.com/audio
                    custom_parameters:
                      tier: gold
            """;

        StreamInstruction stream = StreamInstruction.Parse(Yaml, MediaStreamProvider.SignalWire, Webhook);

        Assert.Equal((new Uri("wss://x.example.com/audio"), false, "gold"), (stream.Url, stream.Bidirectional, stream.Parameters["tier"]));
    }

    [Fact]
    public void An_answer_that_breaks_the_providers_schemas_is_refused_with_every_problem()
    {
        var exception = Assert.Throws<MarkupParseException>(() => StreamInstruction.Parse(
            """<Response><Connect><Stream url="wss://x.example.com/m" bidirectionalMode="rtp" /></Connect></Response>""", MediaStreamProvider.Twilio, Webhook));

        Assert.Contains("<Stream> has no attribute 'bidirectionalMode'", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void An_answer_without_a_stream_or_in_JSON_from_Twilio_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => StreamInstruction.Parse("<Response><Say>Hi</Say></Response>", MediaStreamProvider.Twilio, Webhook));
        Assert.Throws<InvalidDataException>(() => StreamInstruction.Parse("{}", MediaStreamProvider.Twilio, Webhook));
    }
}
