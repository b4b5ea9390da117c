namespace MarkupDsl.MediaStreams;

/// <summary>
/// The end of the stream:
/// <c>{"event":"stop","sequenceNumber":"7","streamSid":"MZ...","stop":{"accountSid":"AC...","callSid":"CA..."}}</c>,
/// or one made by <see cref="MediaStreamSession"/> when the socket closed, failed or went idle without it.
/// </summary>
public sealed class StopEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's <c>sequenceNumber</c>, or 0.</param>
    /// <param name="streamSid">The <c>streamSid</c>, or <see langword="null"/>.</param>
    /// <param name="accountSid">The <c>stop.accountSid</c>, or <see langword="null"/>.</param>
    /// <param name="callSid">The <c>stop.callSid</c>, or <see langword="null"/>.</param>
    /// <param name="reason">Why the stream ended: a <c>stop</c> message, or one the session made itself.</param>
    public StopEvent(long sequenceNumber, string? streamSid, string? accountSid, string? callSid, StopReason reason = StopReason.StopMessage)
        : base(sequenceNumber, streamSid)
    {
        AccountSid = accountSid;
        CallSid = callSid;
        Reason = reason;
    }

    /// <summary>The account the call belongs to (<c>AC...</c>).</summary>
    public string? AccountSid { get; }

    /// <summary>The call the stream belonged to: Twilio's <c>callSid</c> (<c>CA...</c>), Telnyx's <c>call_control_id</c>.</summary>
    public string? CallSid { get; }

    /// <summary>
    /// <see langword="true"/> when no <c>stop</c> message arrived: the socket was closed or dropped first and the
    /// session ended the stream itself (SIDs then come from the <see cref="StartEvent"/>).
    /// </summary>
    public bool SocketClosed => Reason != StopReason.StopMessage;

    /// <summary>Why the stream ended.</summary>
    public StopReason Reason { get; }
}
