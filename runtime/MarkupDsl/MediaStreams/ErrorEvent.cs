namespace MarkupDsl.MediaStreams;

/// <summary>
/// An error the provider reports about what the application sent (Telnyx):
/// <c>{"event":"error","stream_id":"...","payload":{"code":100003,"title":"malformed_frame","detail":"..."}}</c>, or
/// the older <c>{"event":"error","error":{"code":"100005","title":"rate_limit_reached","detail":"..."}}</c>.
/// </summary>
/// <remarks>
/// Codes: 100002 unknown_error, 100003 malformed_frame, 100004 invalid_media, 100005 rate_limit_reached. Only Telnyx
/// sends errors on the socket: Twilio reports a fault in what the application sent (31950 binary message, 31951 an
/// unknown event or a wrong streamSid) in its Debugger and the <c>&lt;Stream statusCallback&gt;</c>; SignalWire
/// documents none for cXML streams. Sources: Telnyx, "Media Streaming" (developers.telnyx.com); Twilio, errors 31950
/// and 31951.
/// </remarks>
public sealed class ErrorEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's sequence number, or 0.</param>
    /// <param name="streamSid">The stream id, or <see langword="null"/>.</param>
    /// <param name="code">The error code (sent as a number or a string), or 0 when absent.</param>
    /// <param name="title">The short name, e.g. <c>malformed_frame</c>, or <see langword="null"/>.</param>
    /// <param name="detail">The explanation, or <see langword="null"/>.</param>
    public ErrorEvent(long sequenceNumber, string? streamSid, long code, string? title, string? detail)
        : base(sequenceNumber, streamSid)
    {
        Code = code;
        Title = title;
        Detail = detail;
    }

    /// <summary>The error code, e.g. 100003; 0 when absent.</summary>
    public long Code { get; }

    /// <summary>The short name, e.g. <c>malformed_frame</c>.</summary>
    public string? Title { get; }

    /// <summary>The explanation.</summary>
    public string? Detail { get; }

    /// <summary>Returns the error as the provider named it, e.g. <c>100003 malformed_frame: The frame is not JSON</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Title ?? "error"}: {Detail}";
}
