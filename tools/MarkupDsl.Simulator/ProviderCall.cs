using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using MarkupDsl.Audio;

namespace MarkupDsl.Simulator;

/// <summary>
/// One call's stream, as the provider runs it. The <see cref="FrameLoop"/> calls <see cref="Tick"/> every few
/// milliseconds, and everything this call sends goes out from there, one message at a time (a WebSocket allows no
/// concurrent sends): the caller's 20 ms frames when they are due, DTMF keys, marks whose audio has played, finally
/// <c>stop</c>. A receive loop of its own reads the app's messages, checks them, and queues audio and marks for playback.
/// </summary>
internal sealed class ProviderCall
{
    private readonly CallSetup _setup;
    private readonly WebSocket _socket;
    private readonly ProviderMessageWriter _writer;
    private readonly SimulationCounters _counters;
    private readonly Action<TimelineEntry>? _timeline;
    private readonly WaveWriter? _recording;
    private readonly long _frameTicks;
    private readonly long[] _sentAt;
    private readonly Lock _lock = new();
    private readonly Queue<(byte[]? Audio, string? Mark, long Arrival)> _playback = new();
    private readonly Queue<string> _marksDue = new();
    private readonly List<string> _marksReturned = [];
    private readonly List<TimeSpan> _roundTrips = [];
    private readonly List<string> _protocolErrors = [];
    private readonly Dictionary<string, int> _sent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _received = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<CallReport> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _sending = Task.CompletedTask;
    private Task _receiving = Task.CompletedTask;
    private int _nextFrame;
    private int _nextDigit;
    private long _playedUntil;
    private long _lastHeard;
    private long _streamStart;
    private long _samplesReceived;
    private long _lateFrames;
    private bool _stopped;

    public ProviderCall(CallSetup setup, WebSocket socket, SimulationCounters counters, Action<TimelineEntry>? timeline, WaveWriter? recording)
    {
        _setup = setup;
        _socket = socket;
        _counters = counters;
        _timeline = timeline;
        _recording = recording;
        _writer = new ProviderMessageWriter(setup.Options.Provider, setup.Identity.StreamSid);
        _frameTicks = (long)(Stopwatch.Frequency * 0.020 / setup.Options.Speed);
        _sentAt = new long[setup.Audio.Frames];
    }

    /// <summary>Completes with the call's report when the app has closed the socket after <c>stop</c>, or fails with what broke.</summary>
    public Task<CallReport> Completion => _done.Task;

    private CallOptions Options => _setup.Options;

    /// <summary>Sends <c>connected</c> and <c>start</c>, then starts reading the app's messages.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _writer.WriteConnected();
        await SendAsync("connected", cancellationToken);
        CallIdentity id = _setup.Identity;
        _writer.WriteStart(id.AccountSid, id.CallSid, Options.From, Options.To, _setup.Stream.Parameters);
        await SendAsync("start", cancellationToken);

        // The caller's audio starts now: its first frame is due at the frame loop's next tick.
        _streamStart = _lastHeard = Stopwatch.GetTimestamp();
        _receiving = ReceiveAsync();
    }

    /// <summary>Starts sending whatever is due at <paramref name="now"/>, unless the previous sending has not finished.</summary>
    public void Tick(long now)
    {
        if (_sending.IsCompleted && !_stopped && !_done.Task.IsCompleted)
        {
            _sending = SendDueAsync(now);
        }
    }

    private async Task SendDueAsync(long now)
    {
        try
        {
            await PlayAsync(now);
            for (; _nextFrame < _sentAt.Length && Due(_nextFrame) <= now; _nextFrame++)
            {
                if (now - Due(_nextFrame) > LateAfter)
                {
                    _lateFrames++;
                }

                long chunk = _nextFrame + 1;
                _writer.WriteMedia(chunk, _nextFrame * 20L, _setup.Audio.MuLaw.Span.Slice(_nextFrame * InboundAudio.FrameSamples, InboundAudio.FrameSamples));
                Volatile.Write(ref _sentAt[_nextFrame], Stopwatch.GetTimestamp());
                await SendAsync("media", CancellationToken.None);
                _counters.FrameSent();
                if (chunk == 1)
                {
                    Log("->", $"media from chunk 1 on, {_sentAt.Length} x 20 ms of mu-law");
                }
            }

            // Keys from 1 s of audio on, one every 500 ms.
            for (; _nextDigit < Options.Dtmf.Length && _streamStart + (50 + 25 * _nextDigit) * _frameTicks <= now; _nextDigit++)
            {
                _writer.WriteDtmf(Options.Dtmf[_nextDigit]);
                await SendAsync("dtmf", CancellationToken.None);
                Log("->", $"dtmf {Options.Dtmf[_nextDigit]}");
            }

            if (!_stopped && IsFinished(now))
            {
                _stopped = true;
                _writer.WriteStop(_setup.Identity.AccountSid, _setup.Identity.CallSid);
                await SendAsync("stop", CancellationToken.None);
                Log("->", "stop");
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                _ = FinishAsync();
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            Fail(e);
        }
    }

    /// <summary>20 ms of wall time, whatever the speed: later than that, a frame would leave a gap in real audio.</summary>
    private static long LateAfter => Stopwatch.Frequency / 50;

    private long Due(int frame) => _streamStart + frame * _frameTicks;

    /// <summary>
    /// Plays the app's audio up to <paramref name="now"/>, in real time divided by the speed from when it arrived or
    /// the audio before it ended, and returns each mark once the audio queued before it has played.
    /// </summary>
    private async Task PlayAsync(long now)
    {
        while (true)
        {
            string? mark;
            lock (_lock)
            {
                if (!_marksDue.TryDequeue(out mark))
                {
                    if (!_playback.TryPeek(out (byte[]? Audio, string? Mark, long Arrival) head))
                    {
                        return;
                    }

                    if (head.Audio is { } muLaw)
                    {
                        long end = Math.Max(_playedUntil, head.Arrival) + muLaw.Length * _frameTicks / InboundAudio.FrameSamples;
                        if (end > now)
                        {
                            return;
                        }

                        _playback.Dequeue();
                        _playedUntil = end;
                        Record(muLaw);
                        continue;
                    }

                    mark = _playback.Dequeue().Mark!;
                }
            }

            _writer.WriteMark(mark);
            await SendAsync("mark", CancellationToken.None);
            lock (_lock)
            {
                _marksReturned.Add(mark);
            }

            Log("->", $"mark {mark} returned");
        }
    }

    private void Record(byte[] muLaw)
    {
        if (_recording is null)
        {
            return;
        }

        short[] pcm = ArrayPool<short>.Shared.Rent(muLaw.Length);
        MuLaw.Decode(muLaw, pcm);
        _recording.Write(pcm.AsSpan(0, muLaw.Length));
        ArrayPool<short>.Shared.Return(pcm);
    }

    /// <summary>All audio and keys are sent, everything the app sent has played, and it has been quiet long enough.</summary>
    private bool IsFinished(long now)
    {
        if (_nextFrame < _sentAt.Length || _nextDigit < Options.Dtmf.Length)
        {
            return false;
        }

        lock (_lock)
        {
            return _playback.Count == 0 && _marksDue.Count == 0 && _playedUntil <= now
                && Stopwatch.GetElapsedTime(Math.Max(_lastHeard, Due(_sentAt.Length))) >= Options.QuietPeriod;
        }
    }

    private async Task SendAsync(string eventName, CancellationToken cancellationToken)
    {
        await _socket.SendAsync(_writer.Written, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        _sent[eventName] = _sent.GetValueOrDefault(eventName) + 1;
    }

    /// <summary>Reads the app's messages until its close frame.</summary>
    private async Task ReceiveAsync()
    {
        var message = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (true)
            {
                ValueWebSocketReceiveResult frame;
                do
                {
                    frame = await _socket.ReceiveAsync(message.GetMemory(4096), CancellationToken.None);
                    message.Advance(frame.Count);
                }
                while (!frame.EndOfMessage);

                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                long now = Stopwatch.GetTimestamp();
                Volatile.Write(ref _lastHeard, now);
                AppMessage received = frame.MessageType == WebSocketMessageType.Text
                    ? AppMessage.Read(message.WrittenMemory, Options.Provider, _setup.Identity.StreamSid)
                    : new AppMessage(null, null, null, "31950: binary message");
                message.ResetWrittenCount();
                Handle(received, now);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException)
        {
            Fail(e);
        }
    }

    private void Handle(AppMessage received, long now)
    {
        string name = received.Event ?? "invalid";
        lock (_lock)
        {
            _received[name] = _received.GetValueOrDefault(name) + 1;
            switch (received)
            {
                case { Error: { } error }:
                    _protocolErrors.Add(error);
                    break;
                case { Payload: { } muLaw }:
                    _playback.Enqueue((muLaw, null, now));
                    long before = _samplesReceived;
                    _samplesReceived += muLaw.Length;
                    _counters.SamplesReceived(before, _samplesReceived);
                    break;
                case { Event: "mark", Name: { } mark }:
                    _playback.Enqueue((null, mark, now));
                    break;
                case { Event: "clear" }:
                    // Buffered audio is dropped and every pending mark goes back at once.
                    foreach ((_, string? pending, _) in _playback)
                    {
                        if (pending is not null)
                        {
                            _marksDue.Enqueue(pending);
                        }
                    }

                    _playback.Clear();
                    _playedUntil = now;
                    break;
            }
        }

        switch (received)
        {
            case { Error: { } error }:
                Log("<-", $"rejected: {error}");
                break;
            case { Event: "mark", Name: { } mark }:
                TimeSpan? roundTrip = RoundTrip(now);
                Log("<-", roundTrip is { } rtt ? $"mark {mark} (round trip {rtt.TotalMilliseconds:0.0} ms)" : $"mark {mark}");
                break;
            case { Event: "media" } when _received["media"] == 1:
                Log("<-", "media (first frame)");
                break;
            case { Event: "clear" or "dtmf" }:
                Log("<-", $"{received.Event} {received.Name}".TrimEnd());
                break;
        }
    }

    /// <summary>
    /// A mark's round trip: from sending the inbound frame whose audio the app had sent back in full when its mark
    /// arrived (matched by position, as an echo returns it) to the mark's arrival. None once the app has sent more
    /// audio than it was sent.
    /// </summary>
    private TimeSpan? RoundTrip(long now)
    {
        long frame = (Volatile.Read(ref _samplesReceived) + InboundAudio.FrameSamples - 1) / InboundAudio.FrameSamples - 1;
        long sentAt = frame >= 0 && frame < _sentAt.Length ? Volatile.Read(ref _sentAt[frame]) : 0;
        if (sentAt == 0)
        {
            return null;
        }

        TimeSpan roundTrip = Stopwatch.GetElapsedTime(sentAt, now);
        lock (_lock)
        {
            _roundTrips.Add(roundTrip);
        }

        return roundTrip;
    }

    /// <summary>After <c>stop</c>: waits for the app to close its end (at most 10 s), then reports.</summary>
    private async Task FinishAsync()
    {
        if (await Task.WhenAny(_receiving, Task.Delay(TimeSpan.FromSeconds(10))) != _receiving)
        {
            _socket.Abort();
            Fail(new TimeoutException("The app did not close the WebSocket within 10 s of stop."));
            return;
        }

        Log("<-", "close");
        _recording?.Dispose();
        lock (_lock)
        {
            _done.TrySetResult(new CallReport(
                _setup.Identity.CallSid,
                _setup.Identity.StreamSid,
                _setup.Audio.Name,
                _setup.Webhook,
                _setup.Stream,
                _setup.Audio.MuLaw,
                _setup.Audio.PaddingSamples,
                new Dictionary<string, int>(_sent),
                new Dictionary<string, int>(_received),
                [.. _marksReturned],
                [.. _protocolErrors],
                _recording is null ? "" : _setup.RecordingPath,
                _recording?.SamplesWritten ?? 0,
                Stopwatch.GetElapsedTime(_setup.Started))
            {
                MarkRoundTrips = [.. _roundTrips],
                SamplesReceived = _samplesReceived,
                LateFrames = _lateFrames,
            });
        }
    }

    private void Fail(Exception e)
    {
        _socket.Abort();
        _recording?.Dispose();
        _done.TrySetException(e);
    }

    private void Log(string direction, string text) =>
        _timeline?.Invoke(new TimelineEntry(Stopwatch.GetElapsedTime(_setup.Started), direction, text));
}
