using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// A chunk of audio: <c>{"event":"media","sequenceNumber":"4","streamSid":"MZ...","media":{"track":"inbound",
/// "chunk":"2","timestamp":"5","payload":"..."}}</c> (Telnyx: <c>sequence_number</c>, <c>stream_id</c>).
/// </summary>
/// <remarks>
/// Events read by a <see cref="MediaStreamSession"/> are the application's to keep, unless it turned
/// <see cref="MediaStreamSessionOptions.ReuseMediaEvents"/> on: then they are pooled, and the event and its buffers
/// are valid only until the enumeration moves to the next event; copy what must outlive that.
/// </remarks>
public sealed class MediaEvent : MediaStreamEvent
{
    private byte[] _payload = [];
    private short[] _samples = [];
    private int _payloadLength = -1;
    private int _sampleCount = -1;

    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's sequence number, or 0.</param>
    /// <param name="streamSid">The stream id, or <see langword="null"/>.</param>
    /// <param name="track">The <c>media.track</c>, or <see langword="null"/>.</param>
    /// <param name="chunk">The <c>media.chunk</c>, or 0.</param>
    /// <param name="timestamp">The <c>media.timestamp</c> in milliseconds, or 0.</param>
    /// <param name="payload">The decoded <c>media.payload</c> bytes (kept, not copied).</param>
    /// <param name="samples">The payload decoded to 16-bit PCM (kept, not copied); empty when not decoded.</param>
    public MediaEvent(long sequenceNumber, string? streamSid, string? track, long chunk, long timestamp, ReadOnlyMemory<byte> payload, ReadOnlyMemory<short> samples = default)
        : base(sequenceNumber, streamSid)
    {
        Track = track;
        Chunk = chunk;
        Timestamp = timestamp;
        Payload = payload;
        Samples = samples;
    }

    /// <summary>Creates an empty event whose buffers the reader fills and reuses.</summary>
    internal MediaEvent()
        : base(0, null)
    {
    }

    /// <summary>The track the audio belongs to: <see cref="MediaTrack.Inbound"/> or <see cref="MediaTrack.Outbound"/>.</summary>
    public string? Track { get; internal set; }

    /// <summary>The chunk number within the track, counting from 1 (gaps mean lost chunks); 0 when absent.</summary>
    public long Chunk { get; internal set; }

    /// <summary>Milliseconds from the start of the stream to the start of this chunk; 0 when absent.</summary>
    public long Timestamp { get; internal set; }

    /// <summary>
    /// The audio bytes (base64-decoded, no header) in the <see cref="StartEvent.MediaFormat"/> encoding: on Twilio,
    /// mu-law at 8 kHz, one byte per sample, in practice 160 bytes = 20 ms per chunk.
    /// </summary>
    public ReadOnlyMemory<byte> Payload { get; private set; }

    /// <summary>
    /// The payload as 16-bit linear PCM at the stream's sample rate, decoded by the announced encoding
    /// (<see cref="MediaFormat.Codec"/>: mu-law or A-law per ITU-T G.711, big-endian L16); mu-law when no
    /// <c>start</c> announced one. Empty for other codecs (<see cref="MediaCodec.Other"/>).
    /// </summary>
    public ReadOnlyMemory<short> Samples { get; private set; }

    /// <summary>The next event returned to its <see cref="MediaEventPool"/>, while this one is there.</summary>
    internal MediaEvent? NextPooled { get; set; }

    /// <summary>Makes room for a payload of up to <paramref name="length"/> bytes, keeping the buffer between uses.</summary>
    internal Span<byte> PayloadBuffer(int length)
    {
        if (_payload.Length < length)
        {
            _payload = new byte[Math.Max(length, 2 * _payload.Length)];
            _payloadLength = -1;
        }

        return _payload;
    }

    /// <summary>Makes room for <paramref name="count"/> decoded samples, keeping the buffer between uses.</summary>
    internal Span<short> SampleBuffer(int count)
    {
        if (_samples.Length < count)
        {
            _samples = new short[Math.Max(count, 2 * _samples.Length)];
            _sampleCount = -1;
        }

        return _samples;
    }

    /// <summary>Exposes the first bytes and samples of the buffers as <see cref="Payload"/> and <see cref="Samples"/>.</summary>
    internal void SetLengths(int payloadLength, int sampleCount)
    {
        // Frames of a stream are usually all one size: the views of the last one still fit, and are not stored again.
        if (payloadLength != _payloadLength || sampleCount != _sampleCount)
        {
            Payload = _payload.AsMemory(0, _payloadLength = payloadLength);
            Samples = _samples.AsMemory(0, _sampleCount = sampleCount);
        }
    }

    /// <summary>Sets the message's fields on a reused event (references only when they changed: each store costs a GC write barrier).</summary>
    internal void SetHeader(long sequenceNumber, string? streamSid, string? track, long chunk, long timestamp)
    {
        SequenceNumber = sequenceNumber;
        Chunk = chunk;
        Timestamp = timestamp;
        if (!ReferenceEquals(StreamSid, streamSid))
        {
            StreamSid = streamSid;
        }

        if (!ReferenceEquals(Track, track))
        {
            Track = track;
        }
    }
}
