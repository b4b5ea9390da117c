namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>One reply of the app: the text tokens it sent for a caller's turn.</summary>
/// <param name="Turn">The turn it answers (e.g. <c>say Hello</c>), or <c>(unprompted)</c>.</param>
/// <param name="TimeToFirstToken">From the turn's message sent to the first token received; <see langword="null"/> for an unprompted reply.</param>
/// <param name="Duration">From the first token to the last one received.</param>
/// <param name="Tokens">The tokens in the order received.</param>
/// <param name="Outcome">How the reply ended.</param>
public sealed record RelayReply(string Turn, TimeSpan? TimeToFirstToken, TimeSpan Duration, IReadOnlyList<string> Tokens, RelayReplyOutcome Outcome)
{
    /// <summary>The tokens concatenated: what the caller hears.</summary>
    public string Text => string.Concat(Tokens);
}

/// <summary>How a reply ended.</summary>
public enum RelayReplyOutcome
{
    /// <summary>A token with <c>last: true</c>.</summary>
    Completed,

    /// <summary>The caller interrupted it.</summary>
    Interrupted,

    /// <summary>The app sent <c>end</c> before <c>last: true</c>.</summary>
    Ended,

    /// <summary>No <c>last: true</c> within the reply timeout, or the socket closed first: a failure.</summary>
    Unfinished,
}
