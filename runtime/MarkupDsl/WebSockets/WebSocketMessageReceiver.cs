using System;
using System.IO;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;

namespace MarkupDsl.WebSockets;

/// <summary>
/// Reads whole messages from a WebSocket, assembling the frames of each into one buffer that grows up to a size
/// limit; a longer message is read to its end over the same buffer and reported as too large, so that one huge
/// message costs no more memory than the limit. For one reading task: a WebSocket allows one receive at a time.
/// </summary>
internal sealed class WebSocketMessageReceiver
{
    private readonly WebSocket _socket;
    private byte[] _buffer;
    private int _length;

    /// <param name="socket">The socket to read; not disposed here.</param>
    /// <param name="maxMessageSize">The longest message kept, in bytes; at least 1.</param>
    public WebSocketMessageReceiver(WebSocket socket, int maxMessageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessageSize, 1);
        _socket = socket;
        MaxMessageSize = maxMessageSize;
        _buffer = new byte[Math.Min(4096, maxMessageSize)];
    }

    /// <summary>The longest message kept, in bytes.</summary>
    public int MaxMessageSize { get; }

    /// <summary>The last <see cref="ReceivedMessageKind.Text"/> or <see cref="ReceivedMessageKind.Binary"/> message received; valid until the next receive.</summary>
    public ReadOnlySpan<byte> Message => _buffer.AsSpan(0, _length);

    /// <summary>Reads the next whole message, or learns that there is none to come.</summary>
    /// <remarks>Not cancellable: cancelling a WebSocket receive aborts the socket. Closing or aborting the socket ends the wait.</remarks>
    /// <returns>What came: a message (its bytes in <see cref="Message"/>), a message past the limit, the peer's close, or a lost connection.</returns>
    public async ValueTask<ReceivedMessageKind> ReceiveAsync()
    {
        _length = 0;
        bool tooLarge = false;
        while (true)
        {
            if (_length == _buffer.Length && _length < MaxMessageSize)
            {
                Array.Resize(ref _buffer, (int)Math.Min(2L * _length, MaxMessageSize));
            }

            // Past the limit, the rest of the message is read over the buffer and dropped.
            Memory<byte> space = tooLarge ? _buffer : _buffer.AsMemory(_length);
            ValueWebSocketReceiveResult frame;
            try
            {
                frame = await _socket.ReceiveAsync(space, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                _length = 0;
                return ReceivedMessageKind.Lost;
            }

            if (frame.MessageType == WebSocketMessageType.Close)
            {
                _length = 0;
                return ReceivedMessageKind.Closed;
            }

            if (!tooLarge)
            {
                _length += frame.Count;
                tooLarge = _length == MaxMessageSize && !frame.EndOfMessage;
            }

            if (frame.EndOfMessage)
            {
                if (tooLarge)
                {
                    _length = 0;
                    return ReceivedMessageKind.TooLarge;
                }

                return frame.MessageType == WebSocketMessageType.Text ? ReceivedMessageKind.Text : ReceivedMessageKind.Binary;
            }
        }
    }
}
