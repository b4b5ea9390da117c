using System;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// A message that could not be read: not JSON, not an object, no <c>type</c>, a field of the wrong type, a binary
/// frame or an oversized message. Reported in place of the message so that the session goes on; the peer is not told.
/// </summary>
public sealed class MalformedMessage : ConversationRelayMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="detail">What was wrong, in words.</param>
    /// <param name="path">The offending field (e.g. <c>prompt.last</c>), or <see langword="null"/> for the message as a whole.</param>
    /// <param name="bytePosition">Offset in bytes, from the start of the message, where the problem was found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="detail"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytePosition"/> is negative.</exception>
    public MalformedMessage(string detail, string? path, long bytePosition)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentOutOfRangeException.ThrowIfNegative(bytePosition);
        Detail = detail;
        Path = path;
        BytePosition = bytePosition;
    }

    /// <summary>What was wrong.</summary>
    public string Detail { get; }

    /// <summary>The offending field as <c>type.field</c> (<c>prompt.last</c>, <c>setup.customParameters.caller</c>), or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>Offset in bytes, from the start of the message, where the problem was found.</summary>
    public long BytePosition { get; }

    /// <summary>Returns the detail with its place, e.g. <c>prompt.last at byte 52: expected true or false, found the string "yes"</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Path ?? "message"} at byte {BytePosition}: {Detail}";
}
