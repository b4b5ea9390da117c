using System;
using System.Threading;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// The reply <see cref="ConversationRelaySession.StreamReplyAsync"/> is sending: stopped by an <c>interrupt</c> (or
/// the session's end) under the session's send lock, so that no token of it goes out once the interrupt is read.
/// </summary>
internal sealed class ActiveReply : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private volatile bool _stopped;

    public ActiveReply(CancellationToken cancellationToken, CancellationToken sessionStopping)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, sessionStopping);
    }

    /// <summary>Cancelled when the reply must stop: an interrupt, the caller's token, or the session ending.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Set, under the send lock, when no more of the reply may be sent.</summary>
    public bool Stopped => _stopped;

    /// <summary>The interrupt that stopped the reply, if one did.</summary>
    public InterruptMessage? Interrupt { get; private set; }

    /// <summary>When the interrupt was read (the session clock's timestamp).</summary>
    public long InterruptedAt { get; private set; }

    /// <summary>Marks the reply interrupted; called with the send lock held.</summary>
    public void MarkInterrupted(InterruptMessage interrupt, long timestamp)
    {
        if (!_stopped)
        {
            Interrupt = interrupt;
            InterruptedAt = timestamp;
            _stopped = true;
        }
    }

    /// <summary>Marks the reply ended with the session; called with the send lock held, or once nothing can be sent.</summary>
    public void MarkEnded() => _stopped = true;

    /// <summary>Wakes the token source the reply is waiting on; called after the send lock is released.</summary>
    public void Cancel()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The reply finished meanwhile.
        }
    }

    public void Dispose() => _stop.Dispose();
}
