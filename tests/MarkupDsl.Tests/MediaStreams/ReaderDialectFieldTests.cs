using System;
using System.Collections.Generic;
using System.Text;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Every field of every message each dialect sends, read in the order a stream sends them.</summary>
public class ReaderDialectFieldTests
{
    private static readonly byte[] Payload = [0xFF, 0x7F, 0x00, 0x80];

    [Fact]
    public void Reads_every_field_of_every_twilio_message()
    {
        var reader = new MediaStreamMessageReader();
        const string sid = TwilioMessages.StreamSid;

        var connected = Read<ConnectedEvent>(reader, TwilioMessages.Connected);
        var start = Read<StartEvent>(reader, TwilioMessages.Start);
        var media = Read<MediaEvent>(reader, TwilioMessages.Media);
        var dtmf = Read<DtmfEvent>(reader, TwilioMessages.Dtmf);
        var mark = Read<MarkEvent>(reader, TwilioMessages.Mark);
        var stop = Read<StopEvent>(reader, TwilioMessages.Stop);

        Assert.Equal(MediaStreamProvider.Twilio, reader.Provider);
        Assert.Equal((0L, (string?)null, "Call", "1.0.0"), (connected.SequenceNumber, connected.StreamSid, connected.Protocol, connected.Version));
        Assert.Equal((1L, sid, TwilioMessages.AccountSid, TwilioMessages.CallSid), (start.SequenceNumber, start.StreamSid, start.AccountSid, start.CallSid));
        Assert.Equal([MediaTrack.Inbound], start.Tracks);
        Assert.Equal(new MediaFormat("audio/x-mulaw", 8000, 1), start.MediaFormat);
        Assert.Equal(new Dictionary<string, string> { ["FirstName"] = "Jane", ["LastName"] = "Doe" }, start.CustomParameters);
        Assert.Equal((4L, sid, MediaTrack.Inbound, 2L, 5L), (media.SequenceNumber, media.StreamSid, media.Track, media.Chunk, media.Timestamp));
        Assert.Equal(Payload, media.Payload.ToArray());
        Assert.Equal(MuLawOf(Payload), media.Samples.ToArray());
        Assert.Equal((5L, sid, "inbound_track", "1", (TimeSpan?)null, (DateTimeOffset?)null), (dtmf.SequenceNumber, dtmf.StreamSid, dtmf.Track, dtmf.Digit, dtmf.Duration, dtmf.OccurredAt));
        Assert.Equal((6L, sid, "label"), (mark.SequenceNumber, mark.StreamSid, mark.Name));
        Assert.Equal((7L, sid, TwilioMessages.AccountSid, TwilioMessages.CallSid, StopReason.StopMessage), (stop.SequenceNumber, stop.StreamSid, stop.AccountSid, stop.CallSid, stop.Reason));
    }

    [Fact]
    public void Reads_every_field_of_every_telnyx_message()
    {
        var reader = new MediaStreamMessageReader();
        const string sid = TelnyxMessages.StreamId;
        const string user = "3e6f995f-85f7-4705-9741-53b116d28237";

        var connected = Read<ConnectedEvent>(reader, TelnyxMessages.Connected);
        var start = Read<StartEvent>(reader, TelnyxMessages.Start("PCMA"));
        var media = Read<MediaEvent>(reader, TelnyxMessages.Media(7, Convert.ToBase64String(Payload)));
        var dtmf = Read<DtmfEvent>(reader, TelnyxMessages.Dtmf);
        var mark = Read<MarkEvent>(reader, TelnyxMessages.Mark("m1"));
        var error = Read<ErrorEvent>(reader, TelnyxMessages.Error);
        var older = Read<ErrorEvent>(reader, TelnyxMessages.OlderError);
        var stop = Read<StopEvent>(reader, TelnyxMessages.Stop);

        Assert.Equal(MediaStreamProvider.Telnyx, reader.Provider);
        Assert.Equal((0L, (string?)null, (string?)null, "1.0.0"), (connected.SequenceNumber, connected.StreamSid, connected.Protocol, connected.Version));
        Assert.Equal((1L, sid, user, TelnyxMessages.CallControlId), (start.SequenceNumber, start.StreamSid, start.AccountSid, start.CallSid));
        Assert.Empty(start.Tracks);
        Assert.Equal(new MediaFormat("PCMA", 8000, 1), start.MediaFormat);
        Assert.Equal(new Dictionary<string, string> { ["customer_id"] = "123" }, start.CustomParameters);
        Assert.Equal((8L, sid, MediaTrack.Inbound, 7L, 140L), (media.SequenceNumber, media.StreamSid, media.Track, media.Chunk, media.Timestamp));
        Assert.Equal(Payload, media.Payload.ToArray());
        Assert.Equal(ALawOf(Payload), media.Samples.ToArray());
        DateTimeOffset pressed = new DateTimeOffset(2025, 6, 5, 8, 54, 19, TimeSpan.Zero).AddTicks(6984080);
        Assert.Equal((5L, sid, (string?)null, "1", (TimeSpan?)null, (DateTimeOffset?)pressed), (dtmf.SequenceNumber, dtmf.StreamSid, dtmf.Track, dtmf.Digit, dtmf.Duration, dtmf.OccurredAt));
        Assert.Equal((6L, sid, "m1"), (mark.SequenceNumber, mark.StreamSid, mark.Name));
        Assert.Equal((0L, sid, 100003L, "malformed_frame", "The frame is not JSON"), (error.SequenceNumber, error.StreamSid, error.Code, error.Title, error.Detail));
        Assert.Equal((0L, (string?)null, 100005L, "rate_limit_reached", "Too many requests"), (older.SequenceNumber, older.StreamSid, older.Code, older.Title, older.Detail));
        Assert.Equal((7L, sid, user, TelnyxMessages.CallControlId, StopReason.StopMessage), (stop.SequenceNumber, stop.StreamSid, stop.AccountSid, stop.CallSid, stop.Reason));
    }

    [Fact]
    public void Reads_every_field_of_every_signalwire_message()
    {
        var reader = new MediaStreamMessageReader();
        const string sid = SignalWireMessages.StreamSid;

        var connected = Read<ConnectedEvent>(reader, SignalWireMessages.Connected);
        var start = Read<StartEvent>(reader, SignalWireMessages.Start());
        var media = Read<MediaEvent>(reader, SignalWireMessages.Media(3, Convert.ToBase64String(Payload)));
        var dtmf = Read<DtmfEvent>(reader, SignalWireMessages.Dtmf);
        var mark = Read<MarkEvent>(reader, SignalWireMessages.Mark("m"));
        var stop = Read<StopEvent>(reader, SignalWireMessages.Stop);

        Assert.Equal(MediaStreamProvider.SignalWire, reader.Provider);
        Assert.Equal((0L, (string?)null, "Call", "0.2.0"), (connected.SequenceNumber, connected.StreamSid, connected.Protocol, connected.Version));
        Assert.Equal((1L, sid, "6a1e2f3d-4c5b-4a69-8d7e-1f2a3b4c5d6e", SignalWireMessages.CallSid), (start.SequenceNumber, start.StreamSid, start.AccountSid, start.CallSid));
        Assert.Equal([MediaTrack.Inbound], start.Tracks);
        Assert.Equal(new MediaFormat("audio/x-mulaw", 8000, 1), start.MediaFormat);
        Assert.Equal(new Dictionary<string, string> { ["lang"] = "en" }, start.CustomParameters);
        Assert.Equal((4L, (string?)null, MediaTrack.Inbound, 3L, 60L), (media.SequenceNumber, media.StreamSid, media.Track, media.Chunk, media.Timestamp));
        Assert.Equal(Payload, media.Payload.ToArray());
        Assert.Equal(MuLawOf(Payload), media.Samples.ToArray());
        Assert.Equal((5L, (string?)null, (string?)null, "5", (TimeSpan?)TimeSpan.FromSeconds(2), (DateTimeOffset?)null), (dtmf.SequenceNumber, dtmf.StreamSid, dtmf.Track, dtmf.Digit, dtmf.Duration, dtmf.OccurredAt));
        Assert.Equal((6L, sid, "m"), (mark.SequenceNumber, mark.StreamSid, mark.Name));
        Assert.Equal((9L, (string?)null, (string?)null, (string?)null, StopReason.StopMessage), (stop.SequenceNumber, stop.StreamSid, stop.AccountSid, stop.CallSid, stop.Reason));
    }

    [Fact]
    public void Reads_a_pooled_media_frame_without_allocating()
    {
        var pool = new MediaEventPool();
        var reader = new MediaStreamMessageReader(MediaStreamProvider.Twilio, pool);
        byte[] frame = Encoding.UTF8.GetBytes(TwilioMessages.MediaFrame(1, Convert.ToBase64String(new byte[160])));
        for (int i = 0; i < 100; i++)
        {
            pool.Return((MediaEvent)reader.Read(frame));
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            pool.Return((MediaEvent)reader.Read(frame));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static short[] MuLawOf(byte[] encoded)
    {
        short[] pcm = new short[encoded.Length];
        MuLaw.Decode(encoded, pcm);
        return pcm;
    }

    private static short[] ALawOf(byte[] encoded)
    {
        short[] pcm = new short[encoded.Length];
        ALaw.Decode(encoded, pcm);
        return pcm;
    }

    private static T Read<T>(MediaStreamMessageReader reader, string json)
        where T : MediaStreamEvent =>
        Assert.IsType<T>(reader.Read(Encoding.UTF8.GetBytes(json)));
}
