using System;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// A well-formed JSON message whose <c>type</c> this library does not know (a newer protocol version). Reported
/// rather than dropped so that the application can log or handle it; the session goes on.
/// </summary>
public sealed class UnknownMessage : ConversationRelayMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="type">The value of the message's <c>type</c> field.</param>
    /// <param name="json">The whole message as UTF-8 JSON.</param>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public UnknownMessage(string type, ReadOnlyMemory<byte> json)
    {
        ArgumentNullException.ThrowIfNull(type);
        Type = type;
        Json = json;
    }

    /// <summary>The value of the <c>type</c> field.</summary>
    public string Type { get; }

    /// <summary>The whole message as UTF-8 JSON (a copy owned by this message).</summary>
    public ReadOnlyMemory<byte> Json { get; }
}
