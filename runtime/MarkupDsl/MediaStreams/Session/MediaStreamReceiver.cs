using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using MarkupDsl.WebSockets;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// The reading half of a session: one task reads the socket, assembles each message up to
/// <see cref="MediaStreamSessionOptions.MaxMessageSize"/>, parses it, puts each track's media back in chunk order
/// and queues the events for the application, holding the socket or dropping events when the application is
/// behind (<see cref="MediaStreamSessionOptions.EventQueueFullMode"/>). It ends after a stop, made up when the
/// socket closes, drops or stays silent for <see cref="MediaStreamSessionOptions.IdleTimeout"/>.
/// </summary>
internal sealed class MediaStreamReceiver
{
    private readonly WebSocketMessageReceiver _socket;
    private readonly WebSocketCloser _closer;
    private readonly MediaStreamMessageReader _reader;
    private readonly MediaEventPool? _pool;
    private readonly MediaStreamSessionOptions _options;
    private readonly MediaStreamMetrics _metrics;
    private readonly IMediaStreamReceiverListener _listener;
    private readonly Channel<MediaStreamEvent> _events;
    private readonly TrackSequencers _sequencers;
    private readonly List<MediaStreamEvent> _ready = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource<StartEvent?> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _firstDrop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IdleClock? _idle;
    private Task? _loop;
    private volatile StartEvent? _start;
    private volatile StopEvent? _stop;
    private volatile bool _ended;
    private volatile bool _holding;
    private long _dropped;
    private long _late;
    private long _framesReceived;

    /// <param name="socket">The socket, read here only.</param>
    /// <param name="closer">Answers the peer's close frame.</param>
    /// <param name="options">The session's settings (validated).</param>
    /// <param name="metrics">Where frames, drops and late chunks are counted.</param>
    /// <param name="listener">The session, told of the start, mark echoes, silence and the end.</param>
    public MediaStreamReceiver(WebSocket socket, WebSocketCloser closer, MediaStreamSessionOptions options, MediaStreamMetrics metrics, IMediaStreamReceiverListener listener)
    {
        _socket = new WebSocketMessageReceiver(socket, options.MaxMessageSize);
        _closer = closer;
        _options = options;
        _metrics = metrics;
        _listener = listener;
        _pool = options.ReuseMediaEvents ? new MediaEventPool() : null;
        _reader = _pool is null ? new MediaStreamMessageReader(options.Provider) : new MediaStreamMessageReader(options.Provider, _pool);
        _sequencers = new TrackSequencers(media =>
        {
            Interlocked.Increment(ref _late);
            _metrics.FrameLate();
            Release(media);
        });
        _events = Channel.CreateBounded<MediaStreamEvent>(
            new BoundedChannelOptions(options.EventQueueCapacity) { FullMode = options.EventQueueFullMode, SingleReader = true, SingleWriter = true },
            dropped =>
            {
                if (Interlocked.Increment(ref _dropped) == 1)
                {
                    _firstDrop.TrySetResult(true);
                }

                _metrics.EventDropped();
                Release(dropped);
            });
    }

    public MediaStreamProvider Provider => _reader.Provider;

    public StartEvent? Start => _start;

    public StopEvent? Stop => _stop;

    public Task<StartEvent?> WhenStarted => _started.Task;

    public Task<bool> WhenEventsDropped => _firstDrop.Task;

    /// <summary>Whether reading has ended or is ending: nothing more will come from the peer.</summary>
    public bool HasEnded => _ended;

    /// <summary>The reading task; <see langword="null"/> before <see cref="Begin"/>.</summary>
    public Task? Reading => _loop;

    /// <summary>Whether the reading task waits for room in the event queue, not reading the socket meanwhile.</summary>
    public bool IsHoldingSocket => _holding;

    public long MediaFramesReceived => Interlocked.Read(ref _framesReceived);

    public long DroppedEvents => Interlocked.Read(ref _dropped);

    public long LateChunks => Interlocked.Read(ref _late);

    public long MissingChunks => _sequencers.MissingChunks;

    /// <summary>Pooled media events out of the pool.</summary>
    public int PooledEventsOutstanding => _pool?.Outstanding ?? 0;

    /// <summary>Starts the reading task and the idle clock.</summary>
    /// <exception cref="InvalidOperationException">Reading has begun already: a WebSocket has one reader.</exception>
    public void Begin()
    {
        var loop = new Task<Task>(ReceiveLoopAsync);
        if (Interlocked.CompareExchange(ref _loop, loop.Unwrap(), null) is not null)
        {
            throw new InvalidOperationException("The events of a session can be read once, by one reader.");
        }

        if (_options.IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            _idle = new IdleClock(_options.IdleTimeout, _options.TimeProvider, OnIdle);
        }

        loop.Start(TaskScheduler.Default);
    }

    /// <summary>Waits for an event for the application; <see langword="false"/> once the last has been taken.</summary>
    public ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken) => _events.Reader.WaitToReadAsync(cancellationToken);

    public bool TryRead([NotNullWhen(true)] out MediaStreamEvent? next) => _events.Reader.TryRead(out next);

    /// <summary>Gives a consumed or dropped event's buffers back, when it came from the pool.</summary>
    public void Release(MediaStreamEvent message)
    {
        if (_pool is not null && message is MediaEvent media)
        {
            _pool.Return(media);
        }
    }

    /// <summary>The session is stopping: the idle clock stops, and a wait for room in the event queue ends the reading task.</summary>
    public async Task StopWaitingAsync()
    {
        _stopping.Cancel();
        if (_idle is not null)
        {
            await _idle.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>After the reading task has ended: the events never taken go back to the pool, and the start and drop signals complete.</summary>
    public void Dispose()
    {
        _started.TrySetResult(null);
        _firstDrop.TrySetResult(false);
        while (_events.Reader.TryRead(out MediaStreamEvent? left))
        {
            Release(left);
        }

        _stopping.Dispose();
    }

    private void OnIdle()
    {
        _ended = true;
        _listener.Idle();
    }

    /// <summary>The reading task: every message to the event queue until a stop, a close or a failure.</summary>
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
                    _sequencers.Flush(_ready);
                }

                Route(message);
                await QueueReadyAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // The session stopped while this waited for room in the event queue.
        }
        finally
        {
            // Frames still held for reordering, and events not queued, when the loop ends early.
            _sequencers.Flush(_ready);
            foreach (MediaStreamEvent unsent in _ready)
            {
                Release(unsent);
            }

            _ready.Clear();
            _started.TrySetResult(null);
            _firstDrop.TrySetResult(false);
            _metrics.SessionEnded();
            _ended = true;
            _events.Writer.TryComplete();
            _listener.Ended();
        }
    }

    private async ValueTask<MediaStreamEvent> ReceiveEventAsync()
    {
        ReceivedMessageKind kind = await _socket.ReceiveAsync().ConfigureAwait(false);
        _idle?.Heard();
        switch (kind)
        {
            case ReceivedMessageKind.Text:
                MediaStreamEvent read = _reader.Read(_socket.Message);
                _metrics.Received(_socket.Message.Length, read is MediaEvent);
                if (read is MediaEvent)
                {
                    Interlocked.Increment(ref _framesReceived);
                }

                return read;
            case ReceivedMessageKind.Binary:
                return new MalformedMessageEvent("binary message, discarded: Media Streams messages are JSON text", null, 0);
            case ReceivedMessageKind.TooLarge:
                return new MalformedMessageEvent($"message longer than {_socket.MaxMessageSize} bytes, discarded", null, _socket.MaxMessageSize);
            case ReceivedMessageKind.Closed:
                await _closer.CloseOutputAsync().ConfigureAwait(false);
                return EndWithoutStop();
            default:
                return EndWithoutStop();
        }
    }

    /// <summary>The stop made up for a stream that ended without one: the peer closed or vanished, or the idle clock closed it.</summary>
    private StopEvent EndWithoutStop()
    {
        _ended = true;
                StartEvent? start = _start;
        return new StopEvent(0, start?.StreamSid, start?.AccountSid, start?.CallSid, _idle?.Expired == true ? StopReason.IdleTimeout : StopReason.SocketClosed);
    }

    /// <summary>Acts on a message (start, mark echo, media order) and puts what the application gets in <see cref="_ready"/>.</summary>
    private void Route(MediaStreamEvent message)
    {
        if (_sequencers.TryAdd(message, Provider == MediaStreamProvider.Telnyx ? _options.ReorderWindow : 0, _ready))
        {
            return;
        }

        switch (message)
        {
            case StartEvent start:
                _start = start;
                _listener.Started(start);
                _started.TrySetResult(start);
                break;
            case MarkEvent { Name: { } name }:
                _listener.MarkEchoed(name);
                break;
        }

        _ready.Add(message);
    }

    /// <summary>Queues the released events for the application, in order; in Wait mode, holds the socket until there is room.</summary>
    private async ValueTask QueueReadyAsync()
    {
        for (int next = 0; next < _ready.Count; next++)
        {
            MediaStreamEvent ready = _ready[next];
            if (!_events.Writer.TryWrite(ready))
            {
                // Wait mode: the socket is not read meanwhile, so the peer's silence cannot be told.
                _idle?.Hold();
                _holding = true;
                try
                {
                    await _events.Writer.WriteAsync(ready, _stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Those not queued yet are released when the loop ends.
                    _ready.RemoveRange(0, next);
                    throw;
                }
                finally
                {
                    _holding = false;
                    _idle?.Resume();
                }
            }
        }

        _ready.Clear();
    }
}
