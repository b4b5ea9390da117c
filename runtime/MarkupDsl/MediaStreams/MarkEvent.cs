namespace MarkupDsl.MediaStreams;

/// <summary>
/// A mark coming back: the audio sent before the mark of that name has played, or a <c>clear</c> dropped it
/// (the two are indistinguishable on the wire):
/// <c>{"event":"mark","sequenceNumber":"6","streamSid":"MZ...","mark":{"name":"label"}}</c>.
/// </summary>
public sealed class MarkEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's <c>sequenceNumber</c>, or 0.</param>
    /// <param name="streamSid">The <c>streamSid</c>, or <see langword="null"/>.</param>
    /// <param name="name">The <c>mark.name</c>, or <see langword="null"/>.</param>
    public MarkEvent(long sequenceNumber, string? streamSid, string? name)
        : base(sequenceNumber, streamSid)
    {
        Name = name;
    }

    /// <summary>The name given to the mark when it was sent.</summary>
    public string? Name { get; }
}
