using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// A chunk of audio:
/// <c>{"event":"media","sequenceNumber":"4","streamSid":"MZ...","media":{"track":"inbound","chunk":"2","timestamp":"5","payload":"..."}}</c>.
/// </summary>
public sealed class MediaEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's <c>sequenceNumber</c>, or 0.</param>
    /// <param name="streamSid">The <c>streamSid</c>, or <see langword="null"/>.</param>
    /// <param name="track">The <c>media.track</c>, or <see langword="null"/>.</param>
    /// <param name="chunk">The <c>media.chunk</c>, or 0.</param>
    /// <param name="timestamp">The <c>media.timestamp</c> in milliseconds, or 0.</param>
    /// <param name="payload">The decoded <c>media.payload</c> bytes.</param>
    public MediaEvent(long sequenceNumber, string? streamSid, string? track, long chunk, long timestamp, ReadOnlyMemory<byte> payload)
        : base(sequenceNumber, streamSid)
    {
        Track = track;
        Chunk = chunk;
        Timestamp = timestamp;
        Payload = payload;
    }

    /// <summary>The track the audio belongs to: <see cref="MediaTrack.Inbound"/> or <see cref="MediaTrack.Outbound"/>.</summary>
    public string? Track { get; }

    /// <summary>The chunk number within the track, counting from 1 (gaps mean lost chunks); 0 when absent.</summary>
    public long Chunk { get; }

    /// <summary>Milliseconds from the start of the stream to the start of this chunk; 0 when absent.</summary>
    public long Timestamp { get; }

    /// <summary>
    /// The audio bytes (base64-decoded, no header) in the <see cref="StartEvent.MediaFormat"/> encoding: on Twilio,
    /// mu-law at 8 kHz, one byte per sample, in practice 160 bytes = 20 ms per chunk.
    /// </summary>
    public ReadOnlyMemory<byte> Payload { get; }
}
