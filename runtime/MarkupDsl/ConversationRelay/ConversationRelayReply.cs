using System;

namespace MarkupDsl.ConversationRelay;

/// <summary>What became of a reply streamed by <see cref="ConversationRelaySession.StreamReplyAsync"/>.</summary>
public sealed class ConversationRelayReply
{
    /// <summary>Creates the result.</summary>
    /// <param name="outcome">How the reply ended.</param>
    /// <param name="text">The text sent: the tokens handed to the socket, concatenated.</param>
    /// <param name="tokensSent">How many <c>text</c> messages were sent, the empty final one included.</param>
    /// <param name="interrupt">The <c>interrupt</c> that stopped the reply, or <see langword="null"/>.</param>
    /// <param name="timeToFirstToken">From the start of the reply to its first token going on the wire, or <see langword="null"/> when none was sent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ConversationRelayReply(ReplyOutcome outcome, string text, int tokensSent, InterruptMessage? interrupt, TimeSpan? timeToFirstToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        Outcome = outcome;
        Text = text;
        TokensSent = tokensSent;
        Interrupt = interrupt;
        TimeToFirstToken = timeToFirstToken;
    }

    /// <summary>How the reply ended.</summary>
    public ReplyOutcome Outcome { get; }

    /// <summary>The text sent to the provider: every token handed to the socket, concatenated (not necessarily all spoken).</summary>
    public string Text { get; }

    /// <summary>How many <c>text</c> messages were sent, the empty final one included.</summary>
    public int TokensSent { get; }

    /// <summary>The <c>interrupt</c> that stopped the reply (<see cref="ReplyOutcome.Interrupted"/>), or <see langword="null"/>.</summary>
    public InterruptMessage? Interrupt { get; }

    /// <summary>
    /// What the caller heard before interrupting (the interrupt's <c>utteranceUntilInterrupt</c>): the part of the
    /// reply to keep in a conversation's history; <see langword="null"/> when the reply was not interrupted.
    /// </summary>
    public string? UtteranceUntilInterrupt => Interrupt?.UtteranceUntilInterrupt;

    /// <summary>From the start of the reply to its first token going on the wire (the model's first-token latency and the send); <see langword="null"/> when none was sent.</summary>
    public TimeSpan? TimeToFirstToken { get; }
}
