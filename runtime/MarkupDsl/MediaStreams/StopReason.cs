namespace MarkupDsl.MediaStreams;

/// <summary>Why a stream ended: see <see cref="StopEvent.Reason"/>.</summary>
public enum StopReason
{
    /// <summary>The provider sent <c>stop</c>.</summary>
    StopMessage,

    /// <summary>The socket closed or dropped without a <c>stop</c>.</summary>
    SocketClosed,

    /// <summary>Nothing arrived for <see cref="MediaStreamSessionOptions.IdleTimeout"/>; the session closed the socket.</summary>
    IdleTimeout,
}
