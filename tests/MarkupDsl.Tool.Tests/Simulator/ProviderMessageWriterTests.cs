using System;
using System.Collections.Generic;
using System.Text;
using MarkupDsl.MediaStreams;
using MarkupDsl.Simulator;

namespace MarkupDsl.Tool.Tests.Simulator;

/// <summary>
/// The simulator's provider messages, read back by the runtime's <see cref="MediaStreamMessageReader"/> as an app
/// would read them: the provider is detected from them, and every field arrives.
/// </summary>
public sealed class ProviderMessageWriterTests
{
    [Theory]
    [InlineData(MediaStreamProvider.Twilio)]
    [InlineData(MediaStreamProvider.Telnyx)]
    [InlineData(MediaStreamProvider.SignalWire)]
    public void An_app_detects_the_provider_and_reads_every_message(MediaStreamProvider provider)
    {
        string streamSid = provider == MediaStreamProvider.Twilio ? "MZ0123456789abcdef0123456789abcdef" : "32de0dea-0000-4000-8000-0123456789ab";
        var writer = new ProviderMessageWriter(provider, streamSid);
        var reader = new MediaStreamMessageReader();
        MediaStreamEvent Read() => reader.Read(writer.Written.Span);

        writer.WriteConnected();
        var connected = Assert.IsType<ConnectedEvent>(Read());
        writer.WriteStart("AC1", "CA1", "+15550001111", "+15550002222", new Dictionary<string, string> { ["caller"] = "+15550001111" });
        var start = Assert.IsType<StartEvent>(Read());
        writer.WriteMedia(7, 120, [0xFF, 0x7F, 0x00]);
        var media = Assert.IsType<MediaEvent>(Read());
        writer.WriteDtmf('#');
        var dtmf = Assert.IsType<DtmfEvent>(Read());
        writer.WriteMark("echo-7");
        var mark = Assert.IsType<MarkEvent>(Read());
        writer.WriteStop("AC1", "CA1");
        var stop = Assert.IsType<StopEvent>(Read());

        Assert.Equal(provider, reader.Provider);
        Assert.Equal(provider == MediaStreamProvider.SignalWire ? "0.2.0" : "1.0.0", connected.Version);
        Assert.Equal((streamSid, "CA1", 1L), (start.StreamSid, start.CallSid, start.SequenceNumber));
        Assert.Equal(new MediaFormat(provider == MediaStreamProvider.Telnyx ? "PCMU" : "audio/x-mulaw", 8000, 1), start.MediaFormat);
        Assert.Equal("+15550001111", start.CustomParameters["caller"]);
        Assert.Equal((MediaTrack.Inbound, 7L, 120L, 2L), (media.Track, media.Chunk, media.Timestamp, media.SequenceNumber));
        Assert.Equal(new byte[] { 0xFF, 0x7F, 0x00 }, media.Payload.ToArray());
        Assert.Equal("#", dtmf.Digit);
        Assert.Equal(("echo-7", streamSid), (mark.Name, mark.StreamSid));
        Assert.Equal((false, 5L), (stop.SocketClosed, stop.SequenceNumber));
    }

    [Fact]
    public void Twilio_messages_have_the_documented_shape_with_counters_as_strings()
    {
        var writer = new ProviderMessageWriter(MediaStreamProvider.Twilio, "MZ1");

        writer.WriteConnected();
        Assert.Equal("""{"event":"connected","protocol":"Call","version":"1.0.0"}""", Encoding.UTF8.GetString(writer.Written.Span));
        writer.WriteMedia(1, 0, [0xFF]);
        Assert.Equal("""{"event":"media","sequenceNumber":"1","streamSid":"MZ1","media":{"track":"inbound","chunk":"1","timestamp":"0","payload":"/w=="}}""", Encoding.UTF8.GetString(writer.Written.Span));
    }
}
