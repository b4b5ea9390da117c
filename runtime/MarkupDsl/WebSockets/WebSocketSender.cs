using System;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace MarkupDsl.WebSockets;

/// <summary>
/// Takes turns on a WebSocket's one send at a time: whole text messages from a writing task and the close frame
/// from whichever task closes.
/// </summary>
internal sealed class WebSocketSender(WebSocket socket)
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Sends one whole text message once no other send is under way.</summary>
    /// <param name="message">UTF-8 text, one message; the caller may reuse it once this completes.</param>
    /// <param name="cancellationToken">Cancels waiting for the turn; the send itself is not cancellable, as cancelling a WebSocket send aborts the socket.</param>
    /// <exception cref="OperationCanceledException">Cancelled while waiting for the turn.</exception>
    /// <exception cref="WebSocketException">The socket failed or is no longer open.</exception>
    public async ValueTask SendTextAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Sends this side's close frame once no other send is under way, unless one was sent already.</summary>
    /// <param name="status">The close status.</param>
    /// <param name="description">The close reason, at most 123 bytes of UTF-8, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the wait for the turn and the send; cancelling the send aborts the socket.</param>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="WebSocketException">The socket failed.</exception>
    public async Task SendCloseAsync(WebSocketCloseStatus status, string? description, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, description, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _turn.Release();
        }
    }
}
