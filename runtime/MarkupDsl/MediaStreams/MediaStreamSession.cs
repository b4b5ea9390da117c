using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.Audio;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// One Twilio Media Stream over a WebSocket, from either end's socket (ASP.NET Core's accepted socket,
/// <see cref="ClientWebSocket"/>): the provider's messages as typed events, and audio, marks and clears sent back.
/// </summary>
/// <remarks>
/// <para>Reading: <see cref="ReadEventsAsync"/> assembles each message from its frames (up to
/// <see cref="MediaStreamSessionOptions.MaxMessageSize"/>) and parses it with <see cref="TwilioMessageReader"/>.
/// The sequence ends after a <see cref="StopEvent"/>: the provider's own, or one with
/// <see cref="StopEvent.SocketClosed"/> set when the socket closes or drops without it.</para>
/// <para>Writing: the send methods may be called from any thread, also while events are being read; they queue on
/// one lock because a WebSocket allows one send at a time. They throw <see cref="InvalidOperationException"/>, before
/// anything is sent, until a <see cref="StartEvent"/> has been read and on a one-way stream.</para>
/// <para>Closing: <see cref="DisposeAsync"/> closes the socket with 1000 (normal closure) and waits up to
/// <see cref="MediaStreamSessionOptions.CloseTimeout"/> for the peer's close; the socket itself stays the caller's
/// to dispose. Source: Twilio, "Media Streams - WebSocket Messages".</para>
/// </remarks>
public sealed class MediaStreamSession : IAsyncDisposable
{
    /// <summary>Samples in one 20 ms frame of 8 kHz audio: the size of each outbound <c>media</c> payload.</summary>
    public const int SamplesPerFrame = 160;

    private readonly WebSocket _socket;
    private readonly MediaStreamSessionOptions _options;
    private readonly TwilioMessageReader _reader = new();
    private readonly ArrayBufferWriter<byte> _outbound = new(512);
    private readonly TwilioMessageWriter _writer;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private byte[] _receiveBuffer;
    private int _reading;
    private int _receiving;
    private volatile StartEvent? _start;
    private volatile bool _stopped;
    private volatile bool _disposed;

    /// <summary>Starts a session on an open WebSocket.</summary>
    /// <param name="webSocket">The socket; the session reads and writes it but does not dispose it.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="webSocket"/> is null.</exception>
    public MediaStreamSession(WebSocket webSocket, MediaStreamSessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(webSocket);
        _socket = webSocket;
        _options = options ?? new MediaStreamSessionOptions();
        _receiveBuffer = new byte[Math.Min(4096, _options.MaxMessageSize)];
        _writer = new TwilioMessageWriter(_outbound);
    }

    /// <summary>The stream's <c>start</c> message once it has been read; <see langword="null"/> before.</summary>
    public StartEvent? Start => _start;

    /// <summary>Whether the stream has ended: a <c>stop</c> was read, the socket closed, or the session was cancelled or disposed.</summary>
    public bool IsStopped => _stopped;

    /// <summary>
    /// Reads the provider's messages as events until the stream stops. Malformed, binary and oversized messages
    /// come as <see cref="MalformedMessageEvent"/> and unknown ones as <see cref="UnknownEvent"/>; reading goes on.
    /// </summary>
    /// <param name="cancellationToken">
    /// Cancels reading: the session then closes the socket with 1000 (normal closure), waits up to
    /// <see cref="MediaStreamSessionOptions.CloseTimeout"/> for the peer's close, and the enumeration throws
    /// <see cref="OperationCanceledException"/>.
    /// </param>
    /// <returns>The events in arrival order, ending with a <see cref="StopEvent"/>.</returns>
    /// <exception cref="InvalidOperationException">The events are already being (or have been) read: a WebSocket has one reader.</exception>
    public async IAsyncEnumerable<MediaStreamEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reading, 1) != 0)
        {
            throw new InvalidOperationException("The events of a session can be read once, by one reader.");
        }

        while (!_stopped)
        {
            yield return await ReceiveEventAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends PCM audio as <c>media</c> messages of 20 ms each (<see cref="SamplesPerFrame"/> samples encoded as
    /// mu-law); the last one carries the remainder. Nothing paces them: the provider buffers what it has not played.
    /// </summary>
    /// <param name="pcm">16-bit linear PCM at 8 kHz, mono.</param>
    /// <param name="cancellationToken">Stops between frames; cancelling during a frame's send aborts the socket.</param>
    /// <returns>A task that completes when every frame has been handed to the socket.</returns>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public async Task SendAudioAsync(ReadOnlyMemory<short> pcm, CancellationToken cancellationToken = default)
    {
        string streamSid = StreamSidForSending();
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (int offset = 0; offset < pcm.Length; offset += SamplesPerFrame)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteMediaFrame(streamSid, pcm.Span.Slice(offset, Math.Min(SamplesPerFrame, pcm.Length - offset)));
                await SendOutboundAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a <c>mark</c>: the provider returns a <see cref="MarkEvent"/> with this name once the audio sent before
    /// it has played (or a <c>clear</c> dropped it).
    /// </summary>
    /// <param name="name">The label to get back.</param>
    /// <param name="cancellationToken">Cancels waiting for the send lock; during the send it aborts the socket.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendMarkAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return SendMessageAsync(static (writer, streamSid, name) => writer.WriteMark(streamSid, name), name, cancellationToken);
    }

    /// <summary>
    /// Sends a <c>clear</c>: the provider drops the audio it has not played yet and returns every pending mark.
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting for the send lock; during the send it aborts the socket.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        SendMessageAsync(static (writer, streamSid, _) => writer.WriteClear(streamSid), string.Empty, cancellationToken);

    /// <summary>
    /// Ends the session: closes the socket with 1000 (normal closure) unless it is closed already, waiting up to
    /// <see cref="MediaStreamSessionOptions.CloseTimeout"/> for the peer's close (aborting the socket after that).
    /// </summary>
    /// <returns>A task that completes when the socket is closed or aborted.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopped = true;

        // A reader blocked in a receive will see the peer's close itself; a second receive is not allowed.
        await CloseSocketAsync(null, readUntilClosed: Volatile.Read(ref _receiving) == 0).ConfigureAwait(false);
        await _sendLock.WaitAsync().ConfigureAwait(false);
        _writer.Dispose();
        _sendLock.Release();
    }

    private async ValueTask<MediaStreamEvent> ReceiveEventAsync(CancellationToken cancellationToken)
    {
        int length = 0;
        bool tooLarge = false;
        while (true)
        {
            if (length == _receiveBuffer.Length && length < _options.MaxMessageSize)
            {
                Array.Resize(ref _receiveBuffer, (int)Math.Min(2L * length, _options.MaxMessageSize));
            }

            // Past the limit, the rest of the message is read over the buffer and dropped.
            Memory<byte> space = tooLarge ? _receiveBuffer : _receiveBuffer.AsMemory(length);
            ValueWebSocketReceiveResult? received = await ReceiveFrameAsync(space, cancellationToken).ConfigureAwait(false);
            if (received is not { } frame)
            {
                return EndWithoutStop();
            }

            if (frame.MessageType == WebSocketMessageType.Close)
            {
                await CloseSocketAsync(null, readUntilClosed: false).ConfigureAwait(false);
                return EndWithoutStop();
            }

            if (!tooLarge)
            {
                length += frame.Count;
                tooLarge = length == _options.MaxMessageSize && !frame.EndOfMessage;
            }

            if (!frame.EndOfMessage)
            {
                continue;
            }

            if (tooLarge)
            {
                return new MalformedMessageEvent($"message longer than {_options.MaxMessageSize} bytes, discarded", null, _options.MaxMessageSize);
            }

            if (frame.MessageType == WebSocketMessageType.Binary)
            {
                return new MalformedMessageEvent("binary message, discarded: Media Streams messages are JSON text", null, 0);
            }

            MediaStreamEvent message = _reader.Read(_receiveBuffer.AsSpan(0, length));
            if (message is StartEvent start)
            {
                _start = start;
            }
            else if (message is StopEvent)
            {
                _stopped = true;
            }

            return message;
        }
    }

    /// <summary>Receives one frame; null when the connection is lost. On cancellation, closes the socket and throws.</summary>
    private async ValueTask<ValueWebSocketReceiveResult?> ReceiveFrameAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _receiving, 1);
        try
        {
            if (cancellationToken.IsCancellationRequested)
            {
                await CloseSocketAsync(null, readUntilClosed: true).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            ValueTask<ValueWebSocketReceiveResult> receive = _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (receive.IsCompleted || !cancellationToken.CanBeCanceled)
            {
                return await receive.ConfigureAwait(false);
            }

            // Cancelling a socket's receive aborts the socket with no close frame: wait on the receive instead, so
            // that on cancellation the close handshake can still be made.
            Task<ValueWebSocketReceiveResult> pending = receive.AsTask();
            try
            {
                return await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await CloseSocketAsync(pending, readUntilClosed: true).ConfigureAwait(false);
                throw;
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Reset, dropped or aborted underneath us: the stream is over.
            return null;
        }
        finally
        {
            Interlocked.Exchange(ref _receiving, 0);
        }
    }

    private StopEvent EndWithoutStop()
    {
        _stopped = true;
        StartEvent? start = _start;
        return new StopEvent(0, start?.StreamSid, start?.AccountSid, start?.CallSid, socketClosed: true);
    }

    /// <summary>
    /// Sends this side's close frame if not sent yet, then (when asked, and after any pending receive) reads until
    /// the peer's close frame; aborts the socket when that fails or outlasts the close timeout.
    /// </summary>
    private async Task CloseSocketAsync(Task<ValueWebSocketReceiveResult>? pendingReceive, bool readUntilClosed)
    {
        _stopped = true;
        using var timeout = new CancellationTokenSource(_options.CloseTimeout);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            if (pendingReceive is not null)
            {
                await pendingReceive.WaitAsync(timeout.Token).ConfigureAwait(false);
            }

            while (readUntilClosed && _socket.State == WebSocketState.CloseSent)
            {
                await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            _socket.Abort();
        }
    }

    private async Task SendMessageAsync(Action<TwilioMessageWriter, string, string> write, string argument, CancellationToken cancellationToken)
    {
        string streamSid = StreamSidForSending();
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            write(_writer, streamSid, argument);
            await SendOutboundAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void WriteMediaFrame(string streamSid, ReadOnlySpan<short> pcm)
    {
        Span<byte> muLaw = stackalloc byte[SamplesPerFrame];
        muLaw = muLaw[..pcm.Length];
        MuLaw.Encode(pcm, muLaw);
        _writer.WriteMedia(streamSid, muLaw);
    }

    /// <summary>Sends the message in <see cref="_outbound"/> as one text frame; call holding the send lock.</summary>
    private async ValueTask SendOutboundAsync(CancellationToken cancellationToken)
    {
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await _socket.SendAsync(_outbound.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _outbound.ResetWrittenCount();
        }
    }

    private string StreamSidForSending()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        StartEvent start = _start
            ?? throw new InvalidOperationException("No 'start' message has been read yet, so there is no streamSid to send on.");
        if (!_options.Bidirectional || Contains(start.Tracks, MediaTrack.Outbound))
        {
            throw new InvalidOperationException(
                "The stream is one-way (<Start><Stream>): media, mark and clear are accepted only on a <Connect><Stream> (Twilio error 31924).");
        }

        if (_stopped)
        {
            throw new InvalidOperationException("The stream has stopped.");
        }

        return start.StreamSid ?? throw new InvalidOperationException("The 'start' message carried no streamSid.");

        static bool Contains(IReadOnlyList<string> tracks, string track)
        {
            foreach (string candidate in tracks)
            {
                if (candidate == track)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
