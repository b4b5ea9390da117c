using System;
using System.Buffers;
using System.IO;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.WebSockets;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// The sending half of a session: the application's audio, marks, clears and dtmf wait in one queue for one
/// writing task (a WebSocket allows one send at a time), which sends them in order, paces audio at
/// <see cref="MediaStreamSessionOptions.Pacing"/> times real time, up to <see cref="MediaStreamSessionOptions.PacingBurst"/>
/// frames ahead (Telnyx MP3 files at most one a second), and skips what a clear dropped.
/// </summary>
/// <remarks>
/// A clear (<see cref="ClearAsync"/>) ends the current <see cref="PlaybackGeneration"/> and starts the next, then
/// queues the <c>clear</c> message. Every audio frame, file and mark carries the generation it was queued in; the
/// writer drops those of an ended generation, and a wait for a paced slot ends when its generation does (the clear
/// wakes the <see cref="SlotTimer"/>). That is the whole of barge-in here: nothing else tracks what a clear dropped.
/// </remarks>
internal sealed class PlaybackSender
{
    private readonly WebSocketSender _socket;
    private readonly MarkTracker _marks;
    private readonly MediaStreamMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly Channel<OutboundMessage> _queue;
    private readonly ArrayBufferWriter<byte> _message = new(512);
    private readonly CancellationTokenSource _stopping = new();
    private readonly SlotTimer _slot;
    private readonly long _earlyWake;
    private SendPace _framePace;
    private SendPace _filePace;
    private PlaybackGeneration _generation = new();
    private MediaStreamMessageWriter? _writer;
    private volatile string? _streamSid;
    private Task _loop = Task.CompletedTask;
    private long _framesSent;
    private int _rentedFrames;

    /// <param name="socket">The socket's send turns, shared with the closer.</param>
    /// <param name="marks">Told of each mark as it goes on the wire.</param>
    /// <param name="options">The session's settings (validated): queue capacity, pacing, clock.</param>
    /// <param name="metrics">Where frames and bytes sent are counted.</param>
    public PlaybackSender(WebSocketSender socket, MarkTracker marks, MediaStreamSessionOptions options, MediaStreamMetrics metrics)
    {
        _socket = socket;
        _marks = marks;
        _metrics = metrics;
        _time = options.TimeProvider;
        _framePace = new SendPace(double.IsPositiveInfinity(options.Pacing) ? 0 : (long)(_time.TimestampFrequency * 0.020 / options.Pacing), options.PacingBurst);
        _filePace = new SendPace(_time.TimestampFrequency);
        _slot = new SlotTimer(_time);
        // The system's timers count whole, coarse milliseconds and may fire a little before the slot; a wake within
        // half a frame's interval of it is the slot's own timer, not a stale one (those are an interval early at least).
        _earlyWake = _framePace.Interval / 2;
        _queue = Channel.CreateBounded<OutboundMessage>(
            new BoundedChannelOptions(options.SendQueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    }

    /// <summary>The generation audio and marks queued now belong to.</summary>
    public PlaybackGeneration Generation => Volatile.Read(ref _generation);

    public long MediaFramesSent => Interlocked.Read(ref _framesSent);

    /// <summary>Outbound frame buffers rented and not yet returned.</summary>
    public int RentedFrames => Volatile.Read(ref _rentedFrames);

    /// <summary>The writing task; completed when it never started.</summary>
    public Task Completion => _loop;

    /// <summary>
    /// Starts the writing task, in the dialect of the first <c>start</c>, for the stream of the latest; called on the
    /// receiver's task.
    /// </summary>
    public void OnStart(StartEvent start, MediaStreamProvider provider)
    {
        _streamSid = start.StreamSid;
        if (_writer is not null)
        {
            return;
        }

        _writer = new MediaStreamMessageWriter(_message, provider);
        _loop = Task.Run(WriteLoopAsync, CancellationToken.None);
    }

    /// <summary>Queues 16-bit PCM as frames of <paramref name="samplesPerFrame"/> samples, encoded in <paramref name="codec"/>; stops early when a clear ends the generation.</summary>
    public async Task QueueAudioAsync(ReadOnlyMemory<short> pcm, int samplesPerFrame, MediaCodec codec, CancellationToken cancellationToken)
    {
        int bytesPerSample = codec == MediaCodec.L16 ? 2 : 1;
        PlaybackGeneration generation = Generation;
        for (int offset = 0; offset < pcm.Length && !generation.IsCleared; offset += samplesPerFrame)
        {
            int count = Math.Min(samplesPerFrame, pcm.Length - offset);
            byte[] buffer = RentFrame(count * bytesPerSample);
            Encode(pcm.Span.Slice(offset, count), buffer.AsSpan(0, count * bytesPerSample), codec);
            await QueueAsync(new OutboundMessage(OutboundKind.Media, generation, buffer, count * bytesPerSample), cancellationToken).ConfigureAwait(false);
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

    /// <summary>Queues encoded audio as frames of <paramref name="frameBytes"/> bytes; stops early when a clear ends the generation.</summary>
    public async Task QueueEncodedAudioAsync(ReadOnlyMemory<byte> audio, int frameBytes, CancellationToken cancellationToken)
    {
        PlaybackGeneration generation = Generation;
        for (int offset = 0; offset < audio.Length && !generation.IsCleared; offset += frameBytes)
        {
            ReadOnlyMemory<byte> frame = audio.Slice(offset, Math.Min(frameBytes, audio.Length - offset));
            byte[] buffer = RentFrame(frame.Length);
            frame.Span.CopyTo(buffer);
            await QueueAsync(new OutboundMessage(OutboundKind.Media, generation, buffer, frame.Length), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Queues a copy of a whole MP3 file, sent as one message at most once a second.</summary>
    public Task QueueMp3Async(ReadOnlyMemory<byte> mp3, CancellationToken cancellationToken)
    {
        byte[] buffer = RentFrame(mp3.Length);
        mp3.Span.CopyTo(buffer);
        return QueueAsync(new OutboundMessage(OutboundKind.Mp3, Generation, buffer, mp3.Length), cancellationToken);
    }

    /// <summary>Queues a mark after the audio queued so far; completes with its outcome (see <see cref="MarkTracker"/>).</summary>
    public async Task<MarkOutcome> QueueMarkAsync(string name, CancellationToken cancellationToken)
    {
        var mark = new PendingMark(name, Generation);
        await QueueAsync(new OutboundMessage(OutboundKind.Mark, mark.Generation, Mark: mark), cancellationToken).ConfigureAwait(false);
        return await mark.Outcome.ConfigureAwait(false);
    }

    /// <summary>
    /// Barge-in: ends the current generation, so that the audio and marks queued in it are dropped unsent (their
    /// marks complete as cleared) and a paced wait ends at once, then sends a <c>clear</c> for what the provider
    /// has buffered; completes when the clear is on the socket.
    /// </summary>
    public Task ClearAsync(CancellationToken cancellationToken)
    {
        var next = new PlaybackGeneration();
        Interlocked.Exchange(ref _generation, next).Clear();
        _slot.Wake();
        return QueueAndSendAsync(new OutboundMessage(OutboundKind.Clear, next), cancellationToken);
    }

    /// <summary>Queues a SignalWire dtmf after the audio queued so far; completes when it is on the socket.</summary>
    public Task SendDtmfAsync(char digit, CancellationToken cancellationToken) =>
        QueueAndSendAsync(new OutboundMessage(OutboundKind.Dtmf, Generation, Digit: digit), cancellationToken);

    /// <summary>No more messages are taken; those queued are still sent.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    /// <summary>Stops the writer: nothing more is sent, and what is still queued is dropped, its marks as <see cref="MarkOutcome.StreamEnded"/>.</summary>
    public void Stop()
    {
        _queue.Writer.TryComplete();
        _stopping.Cancel();
        _slot.Wake();
    }

    /// <summary>After <see cref="Completion"/>: frees the message writer.</summary>
    public void Dispose()
    {
        _writer?.Dispose();
        _slot.Dispose();
        _stopping.Dispose();
    }

    /// <summary>The writing task: sends the queue in order, pacing audio and skipping what a clear dropped.</summary>
    private async Task WriteLoopAsync()
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out OutboundMessage message))
                {
                    if (IsClearedAway(message) || (message.Kind is OutboundKind.Media or OutboundKind.Mp3 && !await WaitForSlotAsync(message).ConfigureAwait(false)))
                    {
                        Discard(message, MarkOutcome.Cleared);
                        continue;
                    }

                    await SendAsync(message).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
        {
            // Stopping, or the socket is gone: the receiver reports the end of the stream.
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out OutboundMessage left))
            {
                Discard(left, MarkOutcome.StreamEnded);
            }
        }
    }

    /// <summary>Whether a clear has dropped the message: audio or a mark of an ended generation.</summary>
    private static bool IsClearedAway(OutboundMessage message) =>
        message.Kind is OutboundKind.Media or OutboundKind.Mp3 or OutboundKind.Mark && message.Generation.IsCleared;

    /// <summary>Books the audio's paced slot and waits for it; <see langword="false"/>, at once, when a clear ends its generation or the sender stops meanwhile.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))] // no allocation when a frame waits
    private async ValueTask<bool> WaitForSlotAsync(OutboundMessage message)
    {
        long now = _time.GetTimestamp();
        long at = message.Kind == OutboundKind.Media ? _framePace.Book(now) : _filePace.Book(now);
        long wakeFrom = at;
        while (now < wakeFrom && !IsEnded(message))
        {
            ValueTask wait = _slot.WaitAsync(_time.GetElapsedTime(now, at));
            if (IsEnded(message))
            {
                // Ended between the check above and the wait: its wake may have come before the wait began.
                _slot.Wake();
            }

            await wait.ConfigureAwait(false);
            now = _time.GetTimestamp();
            wakeFrom = at - _earlyWake;
        }

        return !IsEnded(message);
    }

    /// <summary>Whether a paced wait for the message must end: a clear ended its generation, or the sender is stopping.</summary>
    private bool IsEnded(OutboundMessage message) => message.Generation.IsCleared || _stopping.IsCancellationRequested;

    private async ValueTask SendAsync(OutboundMessage message)
    {
        try
        {
            Write(message);
            await _socket.SendTextAsync(_message.WrittenMemory, _stopping.Token).ConfigureAwait(false);
            _metrics.Sent(_message.WrittenCount, message.Kind == OutboundKind.Media);
            if (message.Kind == OutboundKind.Media)
            {
                Interlocked.Increment(ref _framesSent);
            }

            message.Sent?.TrySetResult();
        }
        catch (Exception e)
        {
            message.Mark?.Complete(MarkOutcome.StreamEnded);
            message.Sent?.TrySetException(e);
            throw;
        }
        finally
        {
            _message.ResetWrittenCount();
            if (message.Audio is not null)
            {
                ReturnFrame(message.Audio);
            }
        }
    }

    private void Write(OutboundMessage message)
    {
        switch (message.Kind)
        {
            case OutboundKind.Media or OutboundKind.Mp3:
                _writer!.WriteMedia(_streamSid, message.Audio.AsSpan(0, message.AudioLength));
                break;
            case OutboundKind.Mark:
                // Tracked before it is sent, so that even an instant echo finds it.
                _marks.Sending(message.Mark!);
                _writer!.WriteMark(_streamSid, message.Mark!.Name);
                break;
            case OutboundKind.Clear:
                // The provider drops the audio it holds, so the audio after the clear starts at once, not behind the
                // dropped audio's slots. (MP3 files keep their one a second: that limit is the provider's rate.)
                _framePace.Restart();
                _writer!.WriteClear(_streamSid);
                break;
            default:
                _writer!.WriteDtmf(_streamSid, message.Digit);
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

    private async Task QueueAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!_queue.Writer.TryWrite(message))
            {
                await _queue.Writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
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

    private async Task QueueAndSendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await QueueAsync(message with { Sent = sent }, cancellationToken).ConfigureAwait(false);
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
}
