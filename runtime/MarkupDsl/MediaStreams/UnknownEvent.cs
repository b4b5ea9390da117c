using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// A well-formed JSON message whose <c>event</c> this library does not know (a newer protocol version, another
/// dialect). Reported rather than dropped so that the application can log or handle it; the session goes on.
/// </summary>
public sealed class UnknownEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="eventName">The value of the message's <c>event</c> field.</param>
    /// <param name="json">The whole message as UTF-8 JSON.</param>
    /// <exception cref="ArgumentNullException"><paramref name="eventName"/> is null.</exception>
    public UnknownEvent(string eventName, ReadOnlyMemory<byte> json)
        : base(0, null)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        EventName = eventName;
        Json = json;
    }

    /// <summary>The value of the <c>event</c> field.</summary>
    public string EventName { get; }

    /// <summary>The whole message as UTF-8 JSON (a copy owned by this event).</summary>
    public ReadOnlyMemory<byte> Json { get; }
}
