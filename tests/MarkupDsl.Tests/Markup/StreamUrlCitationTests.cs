using System;
using System.Linq;
using CXML = MarkupDsl.CXML;
using SWML = MarkupDsl.SWML;
using TeXML = MarkupDsl.TeXML;
using TwiML = MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>A refused stream URL cites the provider of the dialect it was written in, and no other.</summary>
public sealed class StreamUrlCitationTests
{
    private static readonly string[] Providers = ["Twilio", "Telnyx", "SignalWire"];

    [Theory]
    [InlineData("TwiML", "Twilio", "Twilio errors 31920 and 31922")]
    [InlineData("TeXML", "Telnyx", "https://developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/stream")]
    [InlineData("cXML", "SignalWire", "SignalWire cXML error 31922")]
    [InlineData("SWML", "SignalWire", "https://developer.signalwire.com/swml/methods/stream")]
    public void Each_dialect_cites_its_own_provider(string dialect, string provider, string citation)
    {
        var exception = Assert.Throws<ArgumentException>(Refused(dialect));
        Assert.Equal("url", exception.ParamName);
        Assert.Contains(citation, exception.Message);
        Assert.All(Providers.Where(other => other != provider), other => Assert.DoesNotContain(other, exception.Message));
    }

    private static Action Refused(string dialect) => dialect switch
    {
        "TwiML" => () => new TwiML.VoiceResponse().Connect(c => c.Stream("ws://example.com/media")),
        "TeXML" => () => new TeXML.VoiceResponse().Connect(c => c.Stream("ws://example.com/media")),
        "cXML" => () => new CXML.VoiceResponse().Connect(c => c.Stream("ws://example.com/media")),
        "SWML" => () => new SWML.SwmlDocument().Stream("ws://example.com/media"),
        _ => throw new ArgumentOutOfRangeException(nameof(dialect)),
    };
}
