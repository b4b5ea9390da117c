using System;
using System.Linq;
using System.Text;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Telnyx and SignalWire read into the same events as Twilio; the provider is told by the first frames.</summary>
public class DialectReaderTests
{
    private static readonly short[] Pcm = [0, 1000, -1000, 32000, -32000, 77];

    [Fact]
    public void Reads_telnyx_start_into_the_common_event_and_detects_telnyx()
    {
        var reader = new MediaStreamMessageReader();
        Assert.IsType<ConnectedEvent>(Read(reader, TelnyxMessages.Connected));
        Assert.Equal(MediaStreamProvider.Unknown, reader.Provider);

        var start = Assert.IsType<StartEvent>(Read(reader, TelnyxMessages.Start()));

        Assert.Equal(MediaStreamProvider.Telnyx, reader.Provider);
        Assert.Equal(1, start.SequenceNumber);
        Assert.Equal(TelnyxMessages.StreamId, start.StreamSid);
        Assert.Equal(TelnyxMessages.CallControlId, start.CallSid);
        Assert.Equal("3e6f995f-85f7-4705-9741-53b116d28237", start.AccountSid);
        Assert.Equal(new MediaFormat("PCMU", 8000, 1), start.MediaFormat);
        Assert.Equal(MediaCodec.MuLaw, start.MediaFormat!.Codec);
        Assert.Equal("123", start.CustomParameters["customer_id"]);
    }

    [Theory]
    [InlineData("PCMA", MediaCodec.ALaw)]
    [InlineData("audio/x-alaw", MediaCodec.ALaw)]
    [InlineData("PCMU", MediaCodec.MuLaw)]
    [InlineData("audio/x-mulaw", MediaCodec.MuLaw)]
    public void Decodes_telnyx_media_by_the_announced_encoding_spelled_either_way(string encoding, MediaCodec codec)
    {
        var reader = new MediaStreamMessageReader();
        Read(reader, TelnyxMessages.Start(encoding));
        byte[] encoded = new byte[Pcm.Length];
        short[] expected = new short[Pcm.Length];
        if (codec == MediaCodec.ALaw)
        {
            ALaw.Encode(Pcm, encoded);
            ALaw.Decode(encoded, expected);
        }
        else
        {
            MuLaw.Encode(Pcm, encoded);
            MuLaw.Decode(encoded, expected);
        }

        var media = Assert.IsType<MediaEvent>(Read(reader, TelnyxMessages.Media(7, Convert.ToBase64String(encoded))));

        Assert.Equal(7, media.Chunk);
        Assert.Equal(140, media.Timestamp);
        Assert.Equal(TelnyxMessages.StreamId, media.StreamSid);
        Assert.Equal(encoded, media.Payload.ToArray());
        Assert.Equal(expected, media.Samples.ToArray());
    }

    [Fact]
    public void Reads_telnyx_dtmf_mark_stop_and_both_forms_of_error()
    {
        var reader = new MediaStreamMessageReader();

        Assert.Equal("1", Assert.IsType<DtmfEvent>(Read(reader, TelnyxMessages.Dtmf)).Digit);
        Assert.Equal(MediaStreamProvider.Telnyx, reader.Provider);
        Assert.Equal("m1", Assert.IsType<MarkEvent>(Read(reader, TelnyxMessages.Mark("m1"))).Name);
        var error = Assert.IsType<ErrorEvent>(Read(reader, TelnyxMessages.Error));
        Assert.Equal((100003L, "malformed_frame", "The frame is not JSON"), (error.Code, error.Title, error.Detail));
        var older = Assert.IsType<ErrorEvent>(Read(reader, TelnyxMessages.OlderError));
        Assert.Equal((100005L, "rate_limit_reached", "Too many requests"), (older.Code, older.Title, older.Detail));
        var stop = Assert.IsType<StopEvent>(Read(reader, TelnyxMessages.Stop));
        Assert.Equal(7, stop.SequenceNumber);
        Assert.Equal(StopReason.StopMessage, stop.Reason);
        Assert.Equal("v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ", stop.CallSid);
    }

    [Fact]
    public void Reads_when_a_telnyx_key_was_pressed_and_how_long_a_signalwire_key_was_held()
    {
        var telnyx = Assert.IsType<DtmfEvent>(Read(new MediaStreamMessageReader(), TelnyxMessages.Dtmf));
        var signalWire = Assert.IsType<DtmfEvent>(Read(new MediaStreamMessageReader(), SignalWireMessages.Dtmf));
        var twilio = Assert.IsType<DtmfEvent>(Read(new MediaStreamMessageReader(), TwilioMessages.Dtmf));

        Assert.Equal(new DateTimeOffset(2025, 6, 5, 8, 54, 19, TimeSpan.Zero).AddTicks(6984080), telnyx.OccurredAt);
        Assert.Null(telnyx.Duration);
        Assert.Equal(TimeSpan.FromSeconds(2), signalWire.Duration);
        Assert.Null(signalWire.OccurredAt);
        Assert.Equal((null, null), (twilio.Duration, twilio.OccurredAt));
        Assert.Equal(TimeSpan.FromMilliseconds(80), Assert.IsType<DtmfEvent>(Read(new MediaStreamMessageReader(), """{"event":"dtmf","dtmf":{"digit":"5","duration":"80"}}""")).Duration);
    }

    [Theory]
    [InlineData("""{"event":"dtmf","occurred_at":"yesterday","dtmf":{"digit":"1"}}""", "occurred_at", 30, "expected an ISO 8601 date and time, found the string \"yesterday\"")]
    [InlineData("""{"event":"dtmf","dtmf":{"digit":"1","duration":true}}""", "dtmf.duration", 47, "expected an integer (a number or a string of digits), found true")]
    public void Reports_a_dtmf_time_or_duration_of_the_wrong_type_with_its_path(string json, string path, long position, string error)
    {
        var malformed = Assert.IsType<MalformedMessageEvent>(Read(new MediaStreamMessageReader(), json));

        Assert.Equal((error, path, position), (malformed.Detail, malformed.Path, malformed.BytePosition));
    }

    [Fact]
    public void Reports_an_error_code_of_the_wrong_type_with_its_path()
    {
        var malformed = Assert.IsType<MalformedMessageEvent>(Read(new MediaStreamMessageReader(), """{"event":"error","payload":{"code":[1]}}"""));

        Assert.Equal("payload.code", malformed.Path);
        Assert.StartsWith("expected an integer", malformed.Detail);
    }

    [Fact]
    public void Detects_signalwire_from_the_connected_version_and_reads_its_sparse_messages()
    {
        var reader = new MediaStreamMessageReader();
        Read(reader, SignalWireMessages.Connected);
        var start = Assert.IsType<StartEvent>(Read(reader, SignalWireMessages.Start()));

        Assert.Equal(MediaStreamProvider.SignalWire, reader.Provider);
        Assert.Equal(SignalWireMessages.StreamSid, start.StreamSid);
        Assert.Equal(SignalWireMessages.CallSid, start.CallSid);
        var media = Assert.IsType<MediaEvent>(Read(reader, SignalWireMessages.Media(3, "/38AgA==")));
        Assert.Null(media.StreamSid);
        Assert.Equal(3, media.Chunk);
        Assert.Equal(new short[] { 0, 0, -32124, 32124 }, media.Samples.ToArray());
        Assert.Equal("5", Assert.IsType<DtmfEvent>(Read(reader, SignalWireMessages.Dtmf)).Digit);
        Assert.Equal(9, Assert.IsType<StopEvent>(Read(reader, SignalWireMessages.Stop)).SequenceNumber);
    }

    [Fact]
    public void Detects_signalwire_from_uuid_sids_without_a_connected_and_twilio_from_its_sids()
    {
        var signalWire = new MediaStreamMessageReader();
        var twilio = new MediaStreamMessageReader();

        Read(signalWire, SignalWireMessages.Start());
        Read(twilio, TwilioMessages.Start);

        Assert.Equal(MediaStreamProvider.SignalWire, signalWire.Provider);
        Assert.Equal(MediaStreamProvider.Twilio, twilio.Provider);
    }

    [Fact]
    public void Keeps_the_provider_the_application_stated()
    {
        var reader = new MediaStreamMessageReader(MediaStreamProvider.SignalWire);

        Read(reader, TwilioMessages.Start);

        Assert.Equal(MediaStreamProvider.SignalWire, reader.Provider);
    }

    [Fact]
    public void Decodes_signalwire_l16_big_endian_at_16_khz()
    {
        var reader = new MediaStreamMessageReader();
        Read(reader, SignalWireMessages.Start("audio/x-L16", 16000));
        byte[] l16 = new byte[2 * Pcm.Length];
        L16.Encode(Pcm, l16);

        var media = Assert.IsType<MediaEvent>(Read(reader, SignalWireMessages.Media(1, Convert.ToBase64String(l16))));

        Assert.Equal(Pcm, media.Samples.ToArray());
        Assert.Equal(MediaCodec.L16, new MediaFormat("audio/x-L16", 16000, 1).Codec);
        Assert.Equal(320, new MediaFormat("audio/x-L16", 16000, 1).SamplesPerFrame);
    }

    [Fact]
    public void Passes_other_codecs_through_undecoded()
    {
        var reader = new MediaStreamMessageReader();
        Read(reader, TelnyxMessages.Start("OPUS", 48000));

        var media = Assert.IsType<MediaEvent>(Read(reader, TelnyxMessages.Media(1, "AQID")));

        Assert.Equal(new byte[] { 1, 2, 3 }, media.Payload.ToArray());
        Assert.True(media.Samples.IsEmpty);
    }

    [Fact]
    public void Reuses_pooled_events_and_returns_them_on_a_malformed_payload()
    {
        var pool = new MediaEventPool();
        var reader = new MediaStreamMessageReader(MediaStreamProvider.Twilio, pool);

        var first = Assert.IsType<MediaEvent>(reader.Read(Encoding.UTF8.GetBytes(TwilioMessages.MediaFrame(1, "/38AgA=="))));
        pool.Return(first);
        var second = Assert.IsType<MediaEvent>(reader.Read(Encoding.UTF8.GetBytes(TwilioMessages.MediaFrame(2, "AAAA"))));
        Assert.Same(first, second);
        Assert.Equal(new byte[] { 0, 0, 0 }, second.Payload.ToArray());
        pool.Return(second);
        Assert.IsType<MalformedMessageEvent>(reader.Read(Encoding.UTF8.GetBytes(TwilioMessages.MediaFrame(3, "AAAA") + " trailing")));

        Assert.Equal(0, pool.Outstanding);
    }

    private static MediaStreamEvent Read(MediaStreamMessageReader reader, string json) => reader.Read(Encoding.UTF8.GetBytes(json));
}
