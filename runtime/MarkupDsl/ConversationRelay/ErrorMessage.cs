namespace MarkupDsl.ConversationRelay;

/// <summary>
/// The <c>error</c> message: the provider refused a message the application sent (Twilio error 64107; Telnyx closes
/// the socket after 10 invalid frames in a row) or another error occurred. That message was not acted on; the
/// session goes on.
/// </summary>
public sealed class ErrorMessage : ConversationRelayMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="description">What went wrong (the <c>description</c>); <see langword="null"/> reads as empty.</param>
    public ErrorMessage(string? description)
    {
        Description = description ?? "";
    }

    /// <summary>The <c>description</c>; empty when absent.</summary>
    public string Description { get; }
}
