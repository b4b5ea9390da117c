using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using MarkupDsl.Audio;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// One Media Stream (Twilio, Telnyx or SignalWire) over a WebSocket, from either end's socket (ASP.NET Core's
/// accepted socket, <see cref="ClientWebSocket"/>): the provider's messages as typed events, and audio, marks,
/// clears (and SignalWire dtmf) sent back.
/// </summary>
/// <remarks>
/// <para>Reading: the first <see cref="ReadEventsAsync"/> starts a task that reads the socket, assembles each message
/// (up to <see cref="MediaStreamSessionOptions.MaxMessageSize"/>), parses it with a
/// <see cref="MediaStreamMessageReader"/> and queues the event (<see cref="MediaStreamSessionOptions.EventQueueCapacity"/>,
/// <see cref="MediaStreamSessionOptions.EventQueueFullMode"/>), so a slow consumer does not stall the socket. Telnyx
/// frames are put back in chunk order (<see cref="MediaStreamSessionOptions.ReorderWindow"/>) and missing chunks are
/// reported as <see cref="MediaGapEvent"/>. The sequence ends after a <see cref="StopEvent"/>: the provider's, or one
/// made when the socket closes or drops or stays silent for <see cref="MediaStreamSessionOptions.IdleTimeout"/>.</para>
/// <para>Writing: the send methods may be called from any thread; they queue messages for one writer task (a
/// WebSocket allows one send at a time), which paces audio at <see cref="MediaStreamSessionOptions.Pacing"/> times
/// real time. They throw <see cref="InvalidOperationException"/>, before anything is sent, until a
/// <see cref="StartEvent"/> has been read, on a one-way stream, after the stream has stopped, and where the provider
/// does not take that kind of audio (<see cref="MediaStreamSessionOptions.TelnyxBidirectionalMode"/>).</para>
/// <para>Closing: cancelling the read or <see cref="DisposeAsync"/> closes the socket with 1000 (normal closure; <see cref="CloseAsync"/> for another status) and
/// waits up to <see cref="MediaStreamSessionOptions.CloseTimeout"/> for the peer's close; the socket itself stays the
/// caller's to dispose. Sources: Twilio, "Media Streams - WebSocket Messages"; Telnyx, "Media Streaming";
/// SignalWire, "cXML Stream".</para>
/// <para>Metrics: every session reports to the <see cref="MediaStreamMetrics.MeterName"/> meter (frames and bytes
/// each way, drops, late frames, mark round trips, active sessions; see <see cref="MediaStreamMetrics"/>).</para>
/// </remarks>
public sealed class MediaStreamSession : IAsyncDisposable
{
    /// <summary>Samples in one 20 ms frame of 8 kHz audio: the size of each outbound mu-law or A-law <c>media</c> payload.</summary>
    public const int SamplesPerFrame = 160;

    private readonly WebSocket _socket;
    private readonly MediaStreamSessionOptions _options;
    private readonly MediaStreamMetrics _metrics;
    private readonly TaskCompletionSource<StartEvent?> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _firstDrop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly MediaEventPool _pool = new();
    private readonly MediaStreamMessageReader _reader;
    private readonly Channel<MediaStreamEvent> _events;
    private readonly Channel<OutboundMessage> _outbound;
    private readonly ArrayBufferWriter<byte> _message = new(512);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly List<PendingMark> _sentMarks = [];
    private readonly Dictionary<string, ChunkSequencer> _sequencers = new(StringComparer.Ordinal);
    private readonly List<MediaStreamEvent> _ready = [];
    private readonly Action<MediaEvent> _discardLate;
    private readonly CancellationTokenSource _stopping = new();
    private CancellationTokenSource _cleared = new();
    private MediaStreamMessageWriter? _writer;
    private byte[] _receiveBuffer;
    private Task? _readTask;
    private Task? _writeTask;
    private Timer? _idleTimer;
    private long _lastReceived;
    private long _generation;
    private long _dropped;
    private long _late;
    private long _framesReceived;
    private long _framesSent;
    private int _rentedFrames;
    private int _reading;
    private volatile StartEvent? _start;
    private volatile StopEvent? _stop;
    private WebSocketCloseStatus _closeStatus = WebSocketCloseStatus.NormalClosure;
    private string? _closeDescription;
    private volatile bool _stopped;
    private volatile bool _idle;
    private volatile bool _waitingForApplication;
    private volatile bool _disposed;

    /// <summary>Starts a session on an open WebSocket.</summary>
    /// <param name="webSocket">The socket; the session reads and writes it but does not dispose it.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="webSocket"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid settings (<see cref="MediaStreamSessionOptions.Validate"/>); the message names every one.</exception>
    public MediaStreamSession(WebSocket webSocket, MediaStreamSessionOptions? options = null)
        : this(webSocket, options, meterFactory: null)
    {
    }

    /// <summary>Starts a session on an open WebSocket that reports its metrics to a meter from <paramref name="meterFactory"/>.</summary>
    /// <param name="webSocket">The socket; the session reads and writes it but does not dispose it.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="meterFactory">
    /// Makes the <see cref="MediaStreamMetrics.MeterName"/> meter (dependency injection's <see cref="IMeterFactory"/>);
    /// <see langword="null"/> reports to a meter shared by the process.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="webSocket"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid settings (<see cref="MediaStreamSessionOptions.Validate"/>); the message names every one.</exception>
    public MediaStreamSession(WebSocket webSocket, MediaStreamSessionOptions? options, IMeterFactory? meterFactory)
    {
        ArgumentNullException.ThrowIfNull(webSocket);
        _options = options?.Clone() ?? new MediaStreamSessionOptions();
        if (_options.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"Invalid MediaStreamSessionOptions: {string.Join(" ", problems)}", nameof(options));
        }

        _socket = webSocket;
        _metrics = MediaStreamMetrics.For(meterFactory);
        _reader = _options.ReuseMediaEvents ? new MediaStreamMessageReader(_options.Provider, _pool) : new MediaStreamMessageReader(_options.Provider);
        _receiveBuffer = new byte[Math.Min(4096, _options.MaxMessageSize)];
        _discardLate = media =>
        {
            Interlocked.Increment(ref _late);
            _metrics.FrameLate();
            Release(media);
        };
        _events = Channel.CreateBounded<MediaStreamEvent>(
            new BoundedChannelOptions(_options.EventQueueCapacity) { FullMode = _options.EventQueueFullMode, SingleReader = true, SingleWriter = true },
            dropped =>
            {
                if (Interlocked.Increment(ref _dropped) == 1)
                {
                    _firstDrop.TrySetResult(true);
                }

                _metrics.EventDropped();
                Release(dropped);
            });
        _outbound = Channel.CreateBounded<OutboundMessage>(
            new BoundedChannelOptions(_options.SendQueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    }

    /// <summary>The stream's <c>start</c> message once it has been read; <see langword="null"/> before.</summary>
    public StartEvent? Start => _start;

    /// <summary>Whether the stream has ended: a <c>stop</c> was read, the socket closed, or the session was cancelled or disposed.</summary>
    public bool IsStopped => _stopped;

    /// <summary>
    /// Completes with the <see cref="StartEvent"/> when it is read (before the application gets it), or with
    /// <see langword="null"/> when the stream ends without one; for code that observes a session another reads.
    /// </summary>
    public Task<StartEvent?> WhenStarted => _started.Task;

    /// <summary>
    /// The <see cref="StopEvent"/> that ended the stream (the provider's <c>stop</c>, or one made for a close, a drop
    /// or an idle timeout); <see langword="null"/> while it runs or when the session was cancelled or disposed first.
    /// </summary>
    public StopEvent? Stop => _stop;

    /// <summary>Media messages received from the provider so far.</summary>
    public long MediaFramesReceived => Interlocked.Read(ref _framesReceived);

    /// <summary>Media messages sent to the provider so far (each up to 20 ms of audio).</summary>
    public long MediaFramesSent => Interlocked.Read(ref _framesSent);

    /// <summary>The provider: as stated in the options, else detected from the first frames.</summary>
    public MediaStreamProvider Provider => _reader.Provider;

    /// <summary>Events dropped because the application did not keep up (see <see cref="MediaStreamSessionOptions.EventQueueFullMode"/>).</summary>
    public long DroppedEvents => Interlocked.Read(ref _dropped);

    /// <summary>
    /// Completes with <see langword="true"/> when the session first drops a received event because the application
    /// did not keep up (<see cref="MediaStreamSessionOptions.EventQueueFullMode"/> DropOldest or DropNewest), or with
    /// <see langword="false"/> once the stream has ended without a drop; for warning, once per call, that audio is being lost.
    /// </summary>
    public Task<bool> WhenEventsDropped => _firstDrop.Task;

    /// <summary>Media chunks that never arrived, as reported by <see cref="MediaGapEvent"/>s, over all tracks.</summary>
    public long MissingChunks
    {
        get
        {
            lock (_sequencers)
            {
                long missing = 0;
                foreach (ChunkSequencer sequencer in _sequencers.Values)
                {
                    missing += sequencer.MissingChunks;
                }

                return missing;
            }
        }
    }

    /// <summary>Media frames discarded because they came after later chunks had been released (outside the reorder window) or twice.</summary>
    public long LateChunks => Interlocked.Read(ref _late);

    /// <summary>Pooled media events and outbound frame buffers currently out of their pools: 0 once the session is disposed.</summary>
    internal int PooledBuffersOutstanding => _pool.Outstanding + Volatile.Read(ref _rentedFrames);

    /// <summary>
    /// Reads the provider's messages as events until the stream stops. Malformed, binary and oversized messages
    /// come as <see cref="MalformedMessageEvent"/> and unknown ones as <see cref="UnknownEvent"/>; reading goes on.
    /// </summary>
    /// <remarks>
    /// <para>Keeping events: by default every <see cref="MediaEvent"/> is a new object with its own buffers, so events
    /// may be kept (a list, <c>ToListAsync</c>, another thread) and are never overwritten. With
    /// <see cref="MediaStreamSessionOptions.ReuseMediaEvents"/> on, media events and their buffers are pooled (no
    /// allocation per frame): each is valid only until the enumeration moves on, after which a later frame overwrites it.</para>
    /// <para>Falling behind: events wait in a queue of <see cref="MediaStreamSessionOptions.EventQueueCapacity"/>;
    /// when it is full, <see cref="MediaStreamSessionOptions.EventQueueFullMode"/> decides between holding the socket
    /// (Wait: a recorder, a transcriber that keeps up on average) and dropping events (DropOldest: a voice bot), and
    /// drops are counted in <see cref="DroppedEvents"/> and signalled by <see cref="WhenEventsDropped"/>.</para>
    /// </remarks>
    /// <param name="cancellationToken">
    /// Cancels reading: the session then closes the socket with 1000 (normal closure), waits up to
    /// <see cref="MediaStreamSessionOptions.CloseTimeout"/> for the peer's close, and the enumeration throws
    /// <see cref="OperationCanceledException"/>.
    /// </param>
    /// <returns>The events in arrival order (Telnyx media in chunk order, each dtmf after the audio received before it), ending with a <see cref="StopEvent"/>.</returns>
    /// <exception cref="InvalidOperationException">The events are already being (or have been) read: a WebSocket has one reader.</exception>
    public async IAsyncEnumerable<MediaStreamEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reading, 1) != 0)
        {
            throw new InvalidOperationException("The events of a session can be read once, by one reader.");
        }

        _lastReceived = Environment.TickCount64;
        _readTask = Task.Run(ReceiveLoopAsync, CancellationToken.None);
        if (_options.IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            TimeSpan period = _options.IdleTimeout / 4;
            _idleTimer = new Timer(static state => ((MediaStreamSession)state!).CheckIdle(), this, period, period);
        }

        MediaStreamEvent? lent = null;
        try
        {
            while (await WaitForEventAsync(cancellationToken).ConfigureAwait(false))
            {
                if (lent is not null)
                {
                    Release(lent);
                    lent = null;
                }

                if (_events.Reader.TryRead(out MediaStreamEvent? next))
                {
                    lent = next;
                    yield return next;
                }
            }
        }
        finally
        {
            if (lent is not null)
            {
                Release(lent);
            }
        }
    }

    /// <summary>
    /// Queues 16-bit PCM audio of any length as <c>media</c> messages of 20 ms each, encoded in the stream's codec
    /// (mu-law, A-law or L16 by <see cref="StartEvent.MediaFormat"/>; mu-law when none is announced); the last one
    /// carries the remainder. The writer sends them at <see cref="MediaStreamSessionOptions.Pacing"/> times real time.
    /// </summary>
    /// <param name="pcm">16-bit linear PCM, mono, at the stream's sample rate (8 kHz for G.711).</param>
    /// <param name="cancellationToken">Stops queueing between frames.</param>
    /// <returns>A task that completes when every frame is queued (waiting while the queue is full), or early when a <see cref="ClearAsync"/> drops this audio.</returns>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, the stream has stopped, a Telnyx stream in <see cref="TelnyxBidirectionalMode.Mp3"/>, or its codec is not one this library encodes.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendAudioAsync(ReadOnlyMemory<short> pcm, CancellationToken cancellationToken = default)
    {
        MediaFormat format = FormatForSendingFrames();
        int bytesPerSample = format.Codec switch
        {
            MediaCodec.MuLaw or MediaCodec.ALaw => 1,
            MediaCodec.L16 => 2,
            _ => throw new InvalidOperationException($"The stream's encoding '{format.Encoding}' is not one this library encodes; send encoded audio with SendEncodedAudioAsync."),
        };
        return QueueAudioAsync(pcm, format.SamplesPerFrame, bytesPerSample, format.Codec, cancellationToken);
    }

    /// <summary>
    /// Queues audio already in the stream's codec (no header) as <c>media</c> messages: split into 20 ms frames for
    /// mu-law, A-law and L16, sent whole for other codecs. MP3 for a Telnyx <c>bidirectionalMode="mp3"</c> stream goes
    /// through <see cref="SendMp3Async"/> instead.
    /// </summary>
    /// <remarks>The codec is the one the <c>start</c> announced: on Telnyx that matches a <c>bidirectionalMode="rtp"</c>
    /// stream whose <c>bidirectionalCodec</c> is the inbound codec.</remarks>
    /// <param name="audio">Encoded audio: for G.711, one byte per sample at 8 kHz (160 bytes = 20 ms).</param>
    /// <param name="cancellationToken">Stops queueing between frames.</param>
    /// <returns>A task that completes when every frame is queued, or early when a <see cref="ClearAsync"/> drops this audio.</returns>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, the stream has stopped, or a Telnyx stream in <see cref="TelnyxBidirectionalMode.Mp3"/>.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public async Task SendEncodedAudioAsync(ReadOnlyMemory<byte> audio, CancellationToken cancellationToken = default)
    {
        MediaFormat format = FormatForSendingFrames();
        int frameBytes = format.Codec switch
        {
            MediaCodec.MuLaw or MediaCodec.ALaw => format.SamplesPerFrame,
            MediaCodec.L16 => 2 * format.SamplesPerFrame,
            _ => Math.Max(audio.Length, 1),
        };
        long generation = Interlocked.Read(ref _generation);
        for (int offset = 0; offset < audio.Length && generation == Interlocked.Read(ref _generation); offset += frameBytes)
        {
            ReadOnlyMemory<byte> frame = audio.Slice(offset, Math.Min(frameBytes, audio.Length - offset));
            byte[] buffer = RentFrame(frame.Length);
            frame.Span.CopyTo(buffer);
            await QueueFrameAsync(new OutboundMessage(OutboundKind.Media, generation, buffer, frame.Length), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Queues one MP3 file for a Telnyx stream in <c>bidirectionalMode="mp3"</c>
    /// (<see cref="MediaStreamSessionOptions.TelnyxBidirectionalMode"/>): sent whole, base64, as the payload of one
    /// <c>{"event":"media","media":{"payload":"..."}}</c>, not split into frames. Telnyx takes at most one such
    /// message a second, so the writer sends each file at least one second after the previous one; a
    /// <see cref="ClearAsync"/> drops the files still waiting.
    /// </summary>
    /// <param name="mp3">A whole MP3 file: MPEG audio frames, optionally after an ID3v2 tag.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the send queue.</param>
    /// <returns>A task that completes when the file is queued (a copy is queued; the caller may reuse <paramref name="mp3"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="mp3"/> does not start with an ID3v2 tag or an MPEG audio frame sync.</exception>
    /// <exception cref="InvalidOperationException">Not a Telnyx stream in <see cref="TelnyxBidirectionalMode.Mp3"/>, no <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendMp3Async(ReadOnlyMemory<byte> mp3, CancellationToken cancellationToken = default)
    {
        ReadOnlySpan<byte> head = mp3.Span;
        if (!(head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)))
        {
            throw new ArgumentException("Not an MP3 file: it starts with neither an ID3v2 tag nor an MPEG audio frame sync (0xFFE).", nameof(mp3));
        }

        FormatForSending();
        if (!SendsMp3)
        {
            throw new InvalidOperationException(
                $"Only a Telnyx stream in bidirectionalMode=\"mp3\" takes MP3 files (set MediaStreamSessionOptions.TelnyxBidirectionalMode); this is a {Provider} stream{(Provider == MediaStreamProvider.Telnyx ? " in rtp mode" : "")}.");
        }

        byte[] buffer = RentFrame(mp3.Length);
        head.CopyTo(buffer);
        return QueueFrameAsync(new OutboundMessage(OutboundKind.Mp3, Interlocked.Read(ref _generation), buffer, mp3.Length), cancellationToken);
    }

    /// <summary>
    /// Queues a <c>mark</c> after the audio queued so far. The provider echoes it once that audio has played, or at
    /// once when a <c>clear</c> drops it; the echo looks the same either way, so the session counts clears
    /// (a playback generation) to tell which.
    /// </summary>
    /// <param name="name">The label to get back.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the send queue (not the wait for the echo).</param>
    /// <returns>
    /// A task that completes when the provider echoes the mark (the echo is also read as a <see cref="MarkEvent"/>,
    /// so the events must be being read): <see cref="MarkOutcome.Played"/>, <see cref="MarkOutcome.Cleared"/> when a
    /// clear came after the mark, or <see cref="MarkOutcome.StreamEnded"/>.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public async Task<MarkOutcome> SendMarkAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        FormatForSending();
        var mark = new PendingMark(name);
        await QueueFrameAsync(new OutboundMessage(OutboundKind.Mark, Interlocked.Read(ref _generation), Mark: mark), cancellationToken).ConfigureAwait(false);
        return await mark.Outcome.ConfigureAwait(false);
    }

    /// <summary>
    /// Barge-in: drops the audio and marks still queued here (their marks complete as <see cref="MarkOutcome.Cleared"/>)
    /// and sends a <c>clear</c>, on which the provider drops the audio it has buffered and echoes every pending mark.
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting for room in the send queue.</param>
    /// <returns>A task that completes when the <c>clear</c> has been handed to the socket.</returns>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task ClearAsync(CancellationToken cancellationToken = default)
    {
        FormatForSending();
        long generation = Interlocked.Increment(ref _generation);

        // Wakes the writer if it is waiting to send audio that this clear drops (a Telnyx MP3 file can wait a second).
        Interlocked.Exchange(ref _cleared, new CancellationTokenSource()).Cancel();
        return QueueControlAsync(new OutboundMessage(OutboundKind.Clear, generation), cancellationToken);
    }

    /// <summary>Sends a DTMF digit into the call: a SignalWire <c>dtmf</c> message, after the audio queued so far.</summary>
    /// <param name="digit">One key: <c>0</c>-<c>9</c>, <c>*</c>, <c>#</c> or <c>A</c>-<c>D</c>.</param>
    /// <param name="cancellationToken">Cancels waiting for room in the send queue.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="ArgumentException"><paramref name="digit"/> is not a DTMF key.</exception>
    /// <exception cref="InvalidOperationException">Not a SignalWire stream, no <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendDtmfAsync(char digit, CancellationToken cancellationToken = default)
    {
        if (!MediaStreamMessageWriter.IsDtmfKey(digit))
        {
            throw new ArgumentException($"'{digit}' is not a DTMF key (0-9, *, #, A-D).", nameof(digit));
        }

        FormatForSending();
        if (Provider != MediaStreamProvider.SignalWire)
        {
            throw new InvalidOperationException($"Only SignalWire accepts a 'dtmf' message from the application, not {Provider}.");
        }

        return QueueControlAsync(new OutboundMessage(OutboundKind.Dtmf, Interlocked.Read(ref _generation), Digit: digit), cancellationToken);
    }

    /// <summary>
    /// Ends the session as <see cref="DisposeAsync"/> does, but closes the socket with another status, for example
    /// <see cref="WebSocketCloseStatus.InternalServerError"/> (1011) when the application failed.
    /// </summary>
    /// <param name="closeStatus">The close status sent, unless the socket is closed already.</param>
    /// <param name="statusDescription">The close reason, at most 123 bytes of UTF-8; <see langword="null"/> for none.</param>
    /// <returns>A task that completes when the socket is closed or aborted.</returns>
    public ValueTask CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription = null)
    {
        _closeStatus = closeStatus;
        _closeDescription = statusDescription;
        return DisposeAsync();
    }

    /// <summary>
    /// Ends the session: stops the writer (queued audio is dropped, pending marks complete as
    /// <see cref="MarkOutcome.StreamEnded"/>), closes the socket with 1000 (normal closure) unless it is closed already,
    /// waiting up to <see cref="MediaStreamSessionOptions.CloseTimeout"/> for the peer's close (aborting the socket after
    /// that), and returns every pooled buffer.
    /// </summary>
    /// <returns>A task that completes when the socket is closed or aborted.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopAsync().ConfigureAwait(false);

        // Never read: the stream ended without a start or a drop.
        _started.TrySetResult(null);
        _firstDrop.TrySetResult(false);
        while (_events.Reader.TryRead(out MediaStreamEvent? left))
        {
            Release(left);
        }

        await _sendLock.WaitAsync().ConfigureAwait(false);
        _writer?.Dispose();
        _sendLock.Release();
        _stopping.Dispose();
        _cleared.Dispose();
    }

    /// <summary>Closes the socket and waits for both loops to end; also the path of a cancelled read.</summary>
    private async Task StopAsync()
    {
        _stopped = true;
        _outbound.Writer.TryComplete();
        _stopping.Cancel();
        if (_idleTimer is not null)
        {
            await _idleTimer.DisposeAsync().ConfigureAwait(false);
        }

        await CloseOutputAsync().ConfigureAwait(false);
        Task? reading = _readTask;
        try
        {
            if (reading is not null)
            {
                // The read loop sees the peer's close frame and ends.
                await reading.WaitAsync(_options.CloseTimeout).ConfigureAwait(false);
            }
            else
            {
                using var timeout = new CancellationTokenSource(_options.CloseTimeout);
                while (_socket.State == WebSocketState.CloseSent)
                {
                    await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), timeout.Token).ConfigureAwait(false);
                }
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

        if (_writeTask is not null)
        {
            await _writeTask.ConfigureAwait(false);
        }
    }

    private async ValueTask<bool> WaitForEventAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _events.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The read task: every message to the event queue until a stop, a close or a failure.</summary>
    private async Task ReceiveLoopAsync()
    {
        _metrics.SessionStarted();
        try
        {
            StopEvent? stop = null;
            while (stop is null)
            {
                MediaStreamEvent message = await ReceiveEventAsync().ConfigureAwait(false);
                stop = message as StopEvent;
                if (stop is not null)
                {
                    _stop = stop;
                    FlushSequencers();
                }

                Route(message);
                while (_ready.Count > 0)
                {
                    MediaStreamEvent ready = _ready[0];
                    if (!_events.Writer.TryWrite(ready))
                    {
                        // Wait mode: the application chose to hold the socket until it catches up. The socket is
                        // not read meanwhile, so the peer's silence cannot be told: the idle clock stops.
                        _waitingForApplication = true;
                        try
                        {
                            await _events.Writer.WriteAsync(ready, _stopping.Token).ConfigureAwait(false);
                        }
                        finally
                        {
                            Volatile.Write(ref _lastReceived, Environment.TickCount64);
                            _waitingForApplication = false;
                        }
                    }

                    _ready.RemoveAt(0);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposed while waiting for room in the event queue.
        }
        finally
        {
            // Frames still held for reordering, and events not queued, when the loop ends early.
            FlushSequencers();
            foreach (MediaStreamEvent unsent in _ready)
            {
                Release(unsent);
            }

            _ready.Clear();
            _started.TrySetResult(null);
            _firstDrop.TrySetResult(false);
            _metrics.SessionEnded();
            _stopped = true;
            _events.Writer.TryComplete();
            _outbound.Writer.TryComplete();
            EndMarks();
        }
    }

    /// <summary>Acts on a message (start, mark echo, media order) and puts what the application gets in <see cref="_ready"/>.</summary>
    private void Route(MediaStreamEvent message)
    {
        ChunkSequencer? sequencer;
        switch (message)
        {
            case MediaEvent media:
                lock (_sequencers)
                {
                    string track = media.Track ?? "";
                    if (!_sequencers.TryGetValue(track, out sequencer))
                    {
                        int window = Provider == MediaStreamProvider.Telnyx ? _options.ReorderWindow : 0;
                        _sequencers.Add(track, sequencer = new ChunkSequencer(window));
                    }
                }

                if (media.Chunk > 0)
                {
                    sequencer.Add(media, _ready, _discardLate);
                    return;
                }

                break;
            case DtmfEvent dtmf:
                // Held with the inbound audio it was heard in: Telnyx orders neither.
                lock (_sequencers)
                {
                    if (_sequencers.TryGetValue(MediaTrack.Inbound, out sequencer))
                    {
                        sequencer.Add(dtmf, _ready, _discardLate);
                        return;
                    }
                }

                break;
            case StartEvent start:
                _writer ??= new MediaStreamMessageWriter(_message, Provider);
                _writeTask ??= Task.Run(WriteLoopAsync, CancellationToken.None);
                _start = start;
                _started.TrySetResult(start);
                break;
            case MarkEvent { Name: { } name }:
                Echoed(name);
                break;
        }

        _ready.Add(message);
    }

    private void FlushSequencers()
    {
        lock (_sequencers)
        {
            foreach (ChunkSequencer sequencer in _sequencers.Values)
            {
                sequencer.Flush(_ready, _discardLate);
            }
        }
    }

    private async ValueTask<MediaStreamEvent> ReceiveEventAsync()
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
            ValueWebSocketReceiveResult frame;
            try
            {
                frame = await _socket.ReceiveAsync(space, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // Reset, dropped or aborted underneath us: the stream is over.
                return EndWithoutStop();
            }

            Volatile.Write(ref _lastReceived, Environment.TickCount64);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                await CloseOutputAsync().ConfigureAwait(false);
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
                return new MalformedMessageEvent(MalformedMessageReason.TooLarge, $"message longer than {_options.MaxMessageSize} bytes, discarded", null, _options.MaxMessageSize);
            }

            if (frame.MessageType == WebSocketMessageType.Binary)
            {
                return new MalformedMessageEvent(MalformedMessageReason.BinaryMessage, "binary message, discarded: Media Streams messages are JSON text", null, 0);
            }

            MediaStreamEvent read = _reader.Read(_receiveBuffer.AsSpan(0, length));
            CountReceived(length, read is MediaEvent);
            return read;
        }
    }

    private StopEvent EndWithoutStop()
    {
        _stopped = true;
        StartEvent? start = _start;
        return new StopEvent(0, start?.StreamSid, start?.AccountSid, start?.CallSid, _idle ? StopReason.IdleTimeout : StopReason.SocketClosed);
    }

    private void CheckIdle()
    {
        if (!_stopped && !_waitingForApplication && Environment.TickCount64 - Volatile.Read(ref _lastReceived) >= (long)_options.IdleTimeout.TotalMilliseconds)
        {
            _idle = true;
            _stopped = true;
            _ = CloseForIdleAsync();
        }
    }

    /// <summary>Closes a silent stream; a peer that does not answer the close within the timeout is cut off.</summary>
    private async Task CloseForIdleAsync()
    {
        await CloseOutputAsync().ConfigureAwait(false);
        if (_readTask is { } reading && await Task.WhenAny(reading, Task.Delay(_options.CloseTimeout)).ConfigureAwait(false) != reading)
        {
            _socket.Abort();
        }
    }

    /// <summary>Sends this side's close frame (1000) unless sent or received already; aborts the socket on failure.</summary>
    private async Task CloseOutputAsync()
    {
        using var timeout = new CancellationTokenSource(_options.CloseTimeout);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(_closeStatus, _closeDescription, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            _socket.Abort();
        }
    }

    /// <summary>The writer task: sends the queue in order, pacing audio and skipping what a clear dropped.</summary>
    private async Task WriteLoopAsync()
    {
        var frames = new SendPace(double.IsPositiveInfinity(_options.Pacing) ? 0 : (long)(Stopwatch.Frequency * 0.020 / _options.Pacing));
        var files = new SendPace(Stopwatch.Frequency);
        try
        {
            while (await _outbound.Reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                while (_outbound.Reader.TryRead(out OutboundMessage message))
                {
                    if (message.Kind is OutboundKind.Media or OutboundKind.Mp3 or OutboundKind.Mark && message.Generation != Interlocked.Read(ref _generation))
                    {
                        Discard(message, MarkOutcome.Cleared);
                        continue;
                    }

                    if (message.Kind is OutboundKind.Media or OutboundKind.Mp3)
                    {
                        long now = Stopwatch.GetTimestamp();
                        long at = message.Kind == OutboundKind.Media ? frames.Book(now) : files.Book(now);
                        if (at > now && !await WaitUnlessClearedAsync(message.Generation, Stopwatch.GetElapsedTime(now, at)).ConfigureAwait(false))
                        {
                            Discard(message, MarkOutcome.Cleared);
                            continue;
                        }
                    }

                    await SendAsync(message).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // Stopping, or the socket is gone: the read loop reports the end of the stream.
        }
        finally
        {
            _outbound.Writer.TryComplete();
            while (_outbound.Reader.TryRead(out OutboundMessage left))
            {
                Discard(left, MarkOutcome.StreamEnded);
            }
        }
    }

    /// <summary>Waits for an audio message's slot; false, at once, when a clear drops the message meanwhile.</summary>
    private async Task<bool> WaitUnlessClearedAsync(long generation, TimeSpan delay)
    {
        // The token is taken before the generation is checked: a clear after the check cancels it.
        CancellationToken cleared = Volatile.Read(ref _cleared).Token;
        if (generation != Interlocked.Read(ref _generation))
        {
            return false;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, cleared);
        try
        {
            await Task.Delay(delay, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!_stopping.IsCancellationRequested)
        {
            // Cleared: the generation check below says so.
        }

        return generation == Interlocked.Read(ref _generation);
    }

    private async ValueTask SendAsync(OutboundMessage message)
    {
        string? streamSid = _start!.StreamSid;
        try
        {
            await _sendLock.WaitAsync(_stopping.Token).ConfigureAwait(false);
            try
            {
                Write(message, streamSid);

                // Not cancellable: cancelling a WebSocket send aborts the socket, and the close handshake still needs it.
                await _socket.SendAsync(_message.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
                CountSent(_message.WrittenCount, message.Kind == OutboundKind.Media);
                message.Sent?.TrySetResult();
            }
            finally
            {
                _message.ResetWrittenCount();
                _sendLock.Release();
            }
        }
        catch (Exception e)
        {
            message.Mark?.Complete(MarkOutcome.StreamEnded);
            message.Sent?.TrySetException(e);
            throw;
        }
        finally
        {
            if (message.Audio is not null)
            {
                ReturnFrame(message.Audio);
            }
        }
    }

    private void Write(OutboundMessage message, string? streamSid)
    {
        switch (message.Kind)
        {
            case OutboundKind.Media or OutboundKind.Mp3:
                _writer!.WriteMedia(streamSid, message.Audio.AsSpan(0, message.AudioLength));
                break;
            case OutboundKind.Mark:
                message.Mark!.Generation = message.Generation;
                message.Mark.SentAt = Stopwatch.GetTimestamp();
                lock (_sentMarks)
                {
                    _sentMarks.Add(message.Mark);
                }

                _writer!.WriteMark(streamSid, message.Mark.Name);
                break;
            case OutboundKind.Clear:
                _writer!.WriteClear(streamSid);
                break;
            default:
                _writer!.WriteDtmf(streamSid, message.Digit);
                break;
        }
    }

    /// <summary>Drops a queued message: its buffer goes back to the pool, its mark or sender learns why.</summary>
    private void Discard(OutboundMessage message, MarkOutcome outcome)
    {
        if (message.Audio is not null)
        {
            ReturnFrame(message.Audio);
        }

        message.Mark?.Complete(outcome);
        message.Sent?.TrySetCanceled();
    }

    /// <summary>A mark came back: the oldest one sent with that name played, unless a clear was sent after it.</summary>
    private void Echoed(string name)
    {
        PendingMark? mark = null;
        lock (_sentMarks)
        {
            int index = _sentMarks.FindIndex(m => m.Name == name);
            if (index >= 0)
            {
                mark = _sentMarks[index];
                _sentMarks.RemoveAt(index);
            }
        }

        if (mark is not null)
        {
            _metrics.MarkEchoed(Stopwatch.GetElapsedTime(mark.SentAt).TotalMilliseconds);
            mark.Complete(mark.Generation == Interlocked.Read(ref _generation) ? MarkOutcome.Played : MarkOutcome.Cleared);
        }
    }

    private void CountReceived(int bytes, bool media)
    {
        _metrics.Received(bytes, media);
        if (media)
        {
            Interlocked.Increment(ref _framesReceived);
        }
    }

    private void CountSent(int bytes, bool media)
    {
        _metrics.Sent(bytes, media);
        if (media)
        {
            Interlocked.Increment(ref _framesSent);
        }
    }

    private void EndMarks()
    {
        lock (_sentMarks)
        {
            foreach (PendingMark mark in _sentMarks)
            {
                mark.Complete(MarkOutcome.StreamEnded);
            }

            _sentMarks.Clear();
        }
    }

    private async Task QueueAudioAsync(ReadOnlyMemory<short> pcm, int samplesPerFrame, int bytesPerSample, MediaCodec codec, CancellationToken cancellationToken)
    {
        long generation = Interlocked.Read(ref _generation);
        for (int offset = 0; offset < pcm.Length && generation == Interlocked.Read(ref _generation); offset += samplesPerFrame)
        {
            int count = Math.Min(samplesPerFrame, pcm.Length - offset);
            byte[] buffer = RentFrame(count * bytesPerSample);
            Encode(pcm.Span.Slice(offset, count), buffer.AsSpan(0, count * bytesPerSample), codec);
            await QueueFrameAsync(new OutboundMessage(OutboundKind.Media, generation, buffer, count * bytesPerSample), cancellationToken).ConfigureAwait(false);
        }

        static void Encode(ReadOnlySpan<short> samples, Span<byte> encoded, MediaCodec codec)
        {
            switch (codec)
            {
                case MediaCodec.MuLaw:
                    MuLaw.Encode(samples, encoded);
                    break;
                case MediaCodec.ALaw:
                    ALaw.Encode(samples, encoded);
                    break;
                default:
                    L16.Encode(samples, encoded);
                    break;
            }
        }
    }

    private async Task QueueFrameAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!_outbound.Writer.TryWrite(message))
            {
                await _outbound.Writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is ChannelClosedException or OperationCanceledException)
        {
            Discard(message, MarkOutcome.StreamEnded);
            if (e is ChannelClosedException)
            {
                throw new InvalidOperationException("The stream has stopped.", e);
            }

            throw;
        }
    }

    private async Task QueueControlAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await QueueFrameAsync(message with { Sent = sent }, cancellationToken).ConfigureAwait(false);
        await sent.Task.ConfigureAwait(false);
    }

    private byte[] RentFrame(int length)
    {
        Interlocked.Increment(ref _rentedFrames);
        return ArrayPool<byte>.Shared.Rent(length);
    }

    private void ReturnFrame(byte[] buffer)
    {
        Interlocked.Decrement(ref _rentedFrames);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Gives a consumed or dropped event's buffers back, when it came from the pool.</summary>
    private void Release(MediaStreamEvent message)
    {
        if (message is MediaEvent media && _options.ReuseMediaEvents)
        {
            _pool.Return(media);
        }
    }

    /// <summary>Whether audio goes out as whole MP3 files: a Telnyx stream in <see cref="TelnyxBidirectionalMode.Mp3"/>.</summary>
    private bool SendsMp3 => Provider == MediaStreamProvider.Telnyx && _options.TelnyxBidirectionalMode == TelnyxBidirectionalMode.Mp3;

    /// <summary>Checks that the application may send audio frames now (not MP3 files); returns the stream's media format.</summary>
    private MediaFormat FormatForSendingFrames()
    {
        MediaFormat format = FormatForSending();
        return SendsMp3
            ? throw new InvalidOperationException("This Telnyx stream is in bidirectionalMode=\"mp3\": it plays whole MP3 files, sent with SendMp3Async.")
            : format;
    }

    /// <summary>Checks that the application may send now; returns the stream's media format (mu-law 8 kHz when none was announced).</summary>
    private MediaFormat FormatForSending()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        StartEvent start = _start
            ?? throw new InvalidOperationException("No 'start' message has been read yet, so there is no stream to send on.");
        if (!_options.Bidirectional || Contains(start.Tracks, MediaTrack.Outbound))
        {
            throw new InvalidOperationException(
                "The stream is one-way (<Start><Stream>): media, mark and clear are accepted only on a <Connect><Stream> (Twilio error 31924).");
        }

        if (_stopped)
        {
            throw new InvalidOperationException("The stream has stopped.");
        }

        if (start.StreamSid is null && Provider != MediaStreamProvider.Telnyx)
        {
            throw new InvalidOperationException("The 'start' message carried no streamSid.");
        }

        return start.MediaFormat ?? DefaultFormat;

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

    private static readonly MediaFormat DefaultFormat = new("audio/x-mulaw", 8000, 1);
}
