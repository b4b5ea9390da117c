using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// A message that could not be read: not JSON, not an object, no <c>event</c>, a field of the wrong type, a payload
/// that is not base64, a binary frame or an oversized message. Reported in place of the message so that the session
/// goes on; the peer is not told.
/// </summary>
/// <remarks>
/// <see cref="MediaStreamEvent.SequenceNumber"/> and <see cref="MediaStreamEvent.StreamSid"/> are those of the message
/// when they were read before the fault (fields come in any order), else 0 and <see langword="null"/>.
/// </remarks>
public sealed class MalformedMessageEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="reason">What kind of fault it is.</param>
    /// <param name="detail">What was wrong, in words.</param>
    /// <param name="path">The JSON path of the offending field (e.g. <c>media.payload</c>), or <see langword="null"/> for the message as a whole.</param>
    /// <param name="bytePosition">Offset in bytes, from the start of the message, where the problem was found.</param>
    /// <param name="eventName">The message's <c>event</c> when it was read before the fault, or <see langword="null"/>.</param>
    /// <param name="sequenceNumber">The message's <c>sequenceNumber</c> when it was read before the fault, or 0.</param>
    /// <param name="streamSid">The message's <c>streamSid</c> when it was read before the fault, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is not a defined value, or <paramref name="bytePosition"/> is negative.</exception>
    public MalformedMessageEvent(
        MalformedMessageReason reason,
        string detail,
        string? path,
        long bytePosition,
        string? eventName = null,
        long sequenceNumber = 0,
        string? streamSid = null)
        : base(sequenceNumber, streamSid)
    {
        if (!Enum.IsDefined(reason))
        {
            throw new ArgumentOutOfRangeException(nameof(reason), reason, "not a MalformedMessageReason");
        }

        ArgumentNullException.ThrowIfNull(detail);
        ArgumentOutOfRangeException.ThrowIfNegative(bytePosition);
        Reason = reason;
        Detail = detail;
        Path = path;
        BytePosition = bytePosition;
        EventName = eventName;
    }

    /// <summary>What kind of fault it is, e.g. <see cref="MalformedMessageReason.InvalidBase64"/>.</summary>
    public MalformedMessageReason Reason { get; }

    /// <summary>What was wrong, in words, e.g. <c>expected a string, found the number 7</c>.</summary>
    public string Detail { get; }

    /// <summary>The JSON path of the offending field (<c>media.payload</c>, <c>start.tracks[1]</c>), or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>Offset in bytes, from the start of the message, where the problem was found.</summary>
    public long BytePosition { get; }

    /// <summary>
    /// The message's <c>event</c> (<c>media</c>, or an unknown one's name) when it was read before the fault;
    /// <see langword="null"/> when the message is not JSON up to it, has none, or was discarded unread.
    /// </summary>
    public string? EventName { get; }

    /// <summary>Returns the fault with its place, e.g. <c>media.payload at byte 97: not valid base64</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Path ?? "message"} at byte {BytePosition}: {Detail}";
}
