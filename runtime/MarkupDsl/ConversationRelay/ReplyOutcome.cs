namespace MarkupDsl.ConversationRelay;

/// <summary>How a reply streamed by <see cref="ConversationRelaySession.StreamReplyAsync"/> ended.</summary>
public enum ReplyOutcome
{
    /// <summary>Every token was sent, the final one with <c>last: true</c>.</summary>
    Completed,

    /// <summary>The caller interrupted: an <c>interrupt</c> was read while the reply was being sent, and nothing more of it was sent.</summary>
    Interrupted,

    /// <summary>The session ended (the socket closed or dropped, or the session was disposed) before the reply was sent whole.</summary>
    SessionEnded,
}
