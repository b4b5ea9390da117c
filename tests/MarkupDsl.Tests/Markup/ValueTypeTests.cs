using MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>Enumerated attributes are extensible value types generated from the schemas' enumerations.</summary>
public sealed class ValueTypeTests
{
    [Fact]
    public void Known_values_write_their_wire_text()
    {
        var response = new VoiceResponse().Start(start => start.Stream(
            "wss://example.com/a",
            track: Track.BothTracks,
            statusCallback: "https://example.com/status",
            statusCallbackMethod: CallbackMethod.Get));
        var stream = response.Root.Children[0].Children[0];
        Assert.Equal("both_tracks", stream.GetAttribute("track"));
        Assert.Equal("GET", stream.GetAttribute("statusCallbackMethod"));
    }

    [Fact]
    public void Values_compare_ordinally_and_convert_from_strings()
    {
        Track fromString = "inbound_track";
        Assert.Equal(Track.InboundTrack, fromString);
        Assert.True(Track.OutboundTrack == "outbound_track");
        Assert.NotEqual(Track.InboundTrack, (Track)"INBOUND_TRACK");
        Assert.Equal("outbound_track", Track.OutboundTrack.ToString());
        Assert.Equal(Track.BothTracks.GetHashCode(), ((Track)"both_tracks").GetHashCode());
    }

    [Fact]
    public void Known_values_are_listed_in_metadata_for_tools()
    {
        var attribute = (MarkupDsl.Markup.KnownValuesAttribute)System.Attribute.GetCustomAttribute(typeof(MarkupDsl.CXML.Codec), typeof(MarkupDsl.Markup.KnownValuesAttribute))!;
        Assert.Equal(new[] { "PCMU@8000h", "L16@16000h", "L16@24000h" }, attribute.Values);
    }

    [Fact]
    public void Default_value_is_refused_rather_than_written_empty()
    {
        var exception = Assert.Throws<System.ArgumentException>(() =>
            new VoiceResponse().Start(start => start.Stream("wss://example.com/a", track: default(Track))));
        Assert.Equal("track", exception.ParamName);
    }
}
