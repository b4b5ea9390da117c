using System;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// The <c>interrupt</c> message: the caller spoke over the text being played, which stopped there. A reply being
/// streamed by <see cref="ConversationRelaySession.StreamReplyAsync"/> stops at once.
/// </summary>
public sealed class InterruptMessage : ConversationRelayMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="utteranceUntilInterrupt">The text spoken before the interruption (the <c>utteranceUntilInterrupt</c>); <see langword="null"/> reads as empty.</param>
    /// <param name="durationUntilInterrupt">How long the text had played (the <c>durationUntilInterruptMs</c>), or <see langword="null"/> when absent.</param>
    public InterruptMessage(string? utteranceUntilInterrupt, TimeSpan? durationUntilInterrupt)
    {
        UtteranceUntilInterrupt = utteranceUntilInterrupt ?? "";
        DurationUntilInterrupt = durationUntilInterrupt;
    }

    /// <summary>The <c>utteranceUntilInterrupt</c>: what the caller heard of the reply; empty when absent.</summary>
    public string UtteranceUntilInterrupt { get; }

    /// <summary>The <c>durationUntilInterruptMs</c> (sent as a number or a string of digits, in milliseconds), or <see langword="null"/>.</summary>
    public TimeSpan? DurationUntilInterrupt { get; }
}
