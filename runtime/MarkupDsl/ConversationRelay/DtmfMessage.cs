namespace MarkupDsl.ConversationRelay;

/// <summary>The <c>dtmf</c> message: the caller pressed a key (sent when DTMF detection is on, <c>dtmfDetection="true"</c>).</summary>
public sealed class DtmfMessage : ConversationRelayMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="digit">The key (the <c>digit</c>): <c>0</c>-<c>9</c>, <c>*</c>, <c>#</c>; <see langword="null"/> reads as empty.</param>
    public DtmfMessage(string? digit)
    {
        Digit = digit ?? "";
    }

    /// <summary>The <c>digit</c>: the key pressed, as sent; empty when absent.</summary>
    public string Digit { get; }
}
