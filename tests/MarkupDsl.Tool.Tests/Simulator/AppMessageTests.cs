using System.Text;
using MarkupDsl.MediaStreams;
using MarkupDsl.Simulator;

namespace MarkupDsl.Tool.Tests.Simulator;

/// <summary>The app's messages, checked as the provider checks them.</summary>
public sealed class AppMessageTests
{
    private const string Sid = "MZ1";

    [Theory]
    [InlineData(MediaStreamProvider.Twilio, """{"event":"media","streamSid":"MZ1","media":{"payload":"/38A"}}""", "media")]
    [InlineData(MediaStreamProvider.Twilio, """{"event":"mark","streamSid":"MZ1","mark":{"name":"m"}}""", "mark")]
    [InlineData(MediaStreamProvider.Twilio, """{"event":"clear","streamSid":"MZ1"}""", "clear")]
    [InlineData(MediaStreamProvider.Telnyx, """{"event":"media","media":{"payload":"/38A"}}""", "media")]
    [InlineData(MediaStreamProvider.Telnyx, """{"event":"clear"}""", "clear")]
    [InlineData(MediaStreamProvider.SignalWire, """{"event":"dtmf","streamSid":"MZ1","dtmf":{"digit":"5"}}""", "dtmf")]
    public void Documented_messages_are_accepted(MediaStreamProvider provider, string json, string expected)
    {
        AppMessage message = Read(provider, json);

        Assert.Null(message.Error);
        Assert.Equal(expected, message.Event);
    }

    [Fact]
    public void A_media_payload_is_decoded_and_a_mark_keeps_its_name()
    {
        Assert.Equal(new byte[] { 0xFF, 0x7F, 0x00 }, Read(MediaStreamProvider.Twilio, """{"event":"media","streamSid":"MZ1","media":{"payload":"/38A"}}""").Payload);
        Assert.Equal("echo-3", Read(MediaStreamProvider.Twilio, """{"event":"mark","streamSid":"MZ1","mark":{"name":"echo-3"}}""").Name);
    }

    [Theory]
    [InlineData(MediaStreamProvider.Twilio, """{"event":"media","streamSid":"MZ2","media":{"payload":"/38A"}}""", "31951: streamSid is not this stream's MZ1")]
    [InlineData(MediaStreamProvider.Twilio, """{"event":"media","media":{"payload":"/38A"}}""", "31951: streamSid is not this stream's MZ1")]
    [InlineData(MediaStreamProvider.Twilio, """{"event":"media","streamSid":"MZ1","media":{"payload":"/38A","track":"outbound"}}""", "31951: 'media' is not an event an app may send to Twilio, or its fields are not exactly the documented ones")]
    [InlineData(MediaStreamProvider.Twilio, """{"event":"dtmf","streamSid":"MZ1","dtmf":{"digit":"5"}}""", "31951: 'dtmf' is not an event an app may send to Twilio, or its fields are not exactly the documented ones")]
    [InlineData(MediaStreamProvider.Telnyx, """{"event":"clear","stream_id":"MZ1"}""", "31951: 'clear' is not an event an app may send to Telnyx, or its fields are not exactly the documented ones")]
    [InlineData(MediaStreamProvider.Twilio, """{"streamSid":"MZ1"}""", "31951: not an object with a string 'event'")]
    public void Undocumented_messages_are_rejected_with_the_reason(MediaStreamProvider provider, string json, string error)
    {
        AppMessage message = Read(provider, json);

        Assert.Equal((null, error), (message.Event, message.Error));
    }

    [Fact]
    public void Text_that_is_not_JSON_is_rejected()
    {
        Assert.StartsWith("31951: not JSON (", Read(MediaStreamProvider.Twilio, "{\"event\":").Error);
    }

    private static AppMessage Read(MediaStreamProvider provider, string json) => AppMessage.Read(Encoding.UTF8.GetBytes(json), provider, Sid);
}
