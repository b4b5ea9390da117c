using System;
using System.IO;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace MarkupDsl.WebSockets;

/// <summary>
/// The close handshake of a WebSocket that a session reads and writes but does not own: sends this side's close
/// frame (or answers the peer's), waits a bounded time for the peer's, and aborts the socket when the peer does not
/// answer in time or the socket fails meanwhile, so that closing always ends.
/// </summary>
/// <remarks>The rules, in one place: the close frame is sent at most once (not after the peer's close has been
/// answered); sending it waits at most the timeout for a send under way; the peer's close is awaited at most the
/// timeout, seen by the session's reading task when it has one, else read here; any failure or timeout aborts.</remarks>
internal sealed class WebSocketCloser
{
    private readonly WebSocket _socket;
    private readonly WebSocketSender _sender;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private volatile CloseFrame _frame = new(WebSocketCloseStatus.NormalClosure, null);

    /// <param name="socket">The socket; aborted here when the handshake fails, never disposed.</param>
    /// <param name="sender">The socket's send turns, shared with the task that writes messages.</param>
    /// <param name="timeout">How long each step may take: sending the close frame, then the peer's answer; positive.</param>
    /// <param name="time">The clock of the timeout.</param>
    public WebSocketCloser(WebSocket socket, WebSocketSender sender, TimeSpan timeout, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _socket = socket;
        _sender = sender;
        _timeout = timeout;
        _time = time;
    }

    /// <summary>Chooses the status sent in this side's close frame (1000, normal closure, unless chosen otherwise).</summary>
    /// <param name="status">The close status.</param>
    /// <param name="description">The close reason, at most 123 bytes of UTF-8, or <see langword="null"/>.</param>
    public void Use(WebSocketCloseStatus status, string? description) => _frame = new CloseFrame(status, description);

    /// <summary>Sends this side's close frame unless sent or answered already; aborts the socket when that fails or takes longer than the timeout.</summary>
    public async Task CloseOutputAsync()
    {
        CloseFrame frame = _frame;
        using var timeout = new CancellationTokenSource(_timeout, _time);
        try
        {
            await _sender.SendCloseAsync(frame.Status, frame.Description, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    /// <summary>
    /// The whole handshake: sends this side's close frame, then waits up to the timeout for the peer's, and aborts
    /// the socket when it does not come.
    /// </summary>
    /// <param name="reading">
    /// The task that reads the socket and ends on the peer's close frame, when there is one (it is awaited to its end,
    /// which an abort hastens); <see langword="null"/> to read the socket here until the peer's close.
    /// </param>
    /// <returns>A task that completes when the socket is closed or aborted, and <paramref name="reading"/> has ended.</returns>
    public async Task CloseAsync(Task? reading)
    {
        await CloseOutputAsync().ConfigureAwait(false);
        try
        {
            if (reading is not null)
            {
                await reading.WaitAsync(_timeout, _time).ConfigureAwait(false);
            }
            else
            {
                await ReadUntilClosedAsync().ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException or WebSocketException or IOException)
        {
            _socket.Abort();
        }

        if (reading is not null)
        {
            await reading.ConfigureAwait(false);
        }
    }

    /// <summary>Reads and discards what the peer still sends until its close frame; throws when that takes longer than the timeout.</summary>
    private async Task ReadUntilClosedAsync()
    {
        using var timeout = new CancellationTokenSource(_timeout, _time);
        byte[] discarded = new byte[256];
        while (_socket.State == WebSocketState.CloseSent)
        {
            await _socket.ReceiveAsync(discarded.AsMemory(), timeout.Token).ConfigureAwait(false);
        }
    }

    /// <summary>What this side's close frame says.</summary>
    private sealed record CloseFrame(WebSocketCloseStatus Status, string? Description);
}
