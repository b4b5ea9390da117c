using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// A message that could not be read: not JSON, not an object, no <c>event</c>, a field of the wrong type, a payload
/// that is not base64, a binary frame or an oversized message. Reported in place of the message so that the session
/// goes on; the peer is not told.
/// </summary>
public sealed class MalformedMessageEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="error">What was wrong, in words.</param>
    /// <param name="path">The JSON path of the offending field (e.g. <c>media.payload</c>), or <see langword="null"/> for the message as a whole.</param>
    /// <param name="bytePosition">Offset in bytes, from the start of the message, where the problem was found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytePosition"/> is negative.</exception>
    public MalformedMessageEvent(string error, string? path, long bytePosition)
        : base(0, null)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentOutOfRangeException.ThrowIfNegative(bytePosition);
        Error = error;
        Path = path;
        BytePosition = bytePosition;
    }

    /// <summary>What was wrong.</summary>
    public string Error { get; }

    /// <summary>The JSON path of the offending field (<c>media.payload</c>, <c>start.tracks[1]</c>), or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>Offset in bytes, from the start of the message, where the problem was found.</summary>
    public long BytePosition { get; }

    /// <summary>Returns the error with its place, e.g. <c>media.payload at byte 97: not valid base64</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Path ?? "message"} at byte {BytePosition}: {Error}";
}
