namespace MarkupDsl.WebSockets;

/// <summary>What <see cref="WebSocketMessageReceiver.ReceiveAsync"/> got.</summary>
internal enum ReceivedMessageKind
{
    /// <summary>A whole text message, in <see cref="WebSocketMessageReceiver.Message"/>.</summary>
    Text,

    /// <summary>A whole binary message, in <see cref="WebSocketMessageReceiver.Message"/>.</summary>
    Binary,

    /// <summary>A message longer than the limit: read to its end and discarded.</summary>
    TooLarge,

    /// <summary>The peer's close frame: it will send nothing more.</summary>
    Closed,

    /// <summary>The connection was reset, dropped or aborted: nothing more can be read.</summary>
    Lost,
}
