using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams.Session;
using MarkupDsl.WebSockets;

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
/// <para>Time: the idle and close timeouts, audio pacing and mark round-trip times run on
/// <see cref="MediaStreamSessionOptions.TimeProvider"/>, so that a test can let time pass on a fake clock.</para>
/// <para>Inside, the session coordinates four parts with one job each: a receiver (socket reads, message assembly,
/// parsing, per-track reordering, the event queue, the idle clock), a playback sender (the send queue, pacing,
/// clears), a mark tracker (each mark's outcome) and the close handshake (timeouts, abort).</para>
/// <para>Metrics: every session reports to the <see cref="MediaStreamMetrics.MeterName"/> meter (frames and bytes
/// each way, drops, late frames, mark round trips, active sessions; see <see cref="MediaStreamMetrics"/>).</para>
/// </remarks>
public sealed class MediaStreamSession : IAsyncDisposable, IMediaStreamReceiverListener
{
    /// <summary>Samples in one 20 ms frame of 8 kHz audio: the size of each outbound mu-law or A-law <c>media</c> payload.</summary>
    public const int SamplesPerFrame = 160;

    private readonly MediaStreamSessionOptions _options;
    private readonly WebSocketCloser _closer;
    private readonly MarkTracker _marks;
    private readonly PlaybackSender _playback;
    private readonly MediaStreamReceiver _receiver;
    private volatile bool _stopping;
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

        var metrics = MediaStreamMetrics.For(meterFactory);
        var sender = new WebSocketSender(webSocket);
        _closer = new WebSocketCloser(webSocket, sender, _options.CloseTimeout, _options.TimeProvider);
        _marks = new MarkTracker(metrics, _options.TimeProvider);
        _playback = new PlaybackSender(sender, _marks, _options, metrics);
        _receiver = new MediaStreamReceiver(webSocket, _closer, _options, metrics, this);
    }

    /// <summary>The stream's <c>start</c> message once it has been read; <see langword="null"/> before.</summary>
    public StartEvent? Start => _receiver.Start;

    /// <summary>Whether the stream has ended: a <c>stop</c> was read, the socket closed, or the session was cancelled or disposed.</summary>
    public bool IsStopped => _stopping || _receiver.HasEnded;

    /// <summary>
    /// Completes with the <see cref="StartEvent"/> when it is read (before the application gets it), or with
    /// <see langword="null"/> when the stream ends without one; for code that observes a session another reads.
    /// </summary>
    public Task<StartEvent?> WhenStarted => _receiver.WhenStarted;

    /// <summary>
    /// The <see cref="StopEvent"/> that ended the stream (the provider's <c>stop</c>, or one made for a close, a drop
    /// or an idle timeout); <see langword="null"/> while it runs or when the session was cancelled or disposed first.
    /// </summary>
    public StopEvent? Stop => _receiver.Stop;

    /// <summary>Media messages received from the provider so far.</summary>
    public long MediaFramesReceived => _receiver.MediaFramesReceived;

    /// <summary>Media messages sent to the provider so far (each up to 20 ms of audio).</summary>
    public long MediaFramesSent => _playback.MediaFramesSent;

    /// <summary>The provider: as stated in the options, else detected from the first frames.</summary>
    public MediaStreamProvider Provider => _receiver.Provider;

    /// <summary>Events dropped because the application did not keep up (see <see cref="MediaStreamSessionOptions.EventQueueFullMode"/>).</summary>
    public long DroppedEvents => _receiver.DroppedEvents;

    /// <summary>
    /// Completes with <see langword="true"/> when the session first drops a received event because the application
    /// did not keep up (<see cref="MediaStreamSessionOptions.EventQueueFullMode"/> DropOldest or DropNewest), or with
    /// <see langword="false"/> once the stream has ended without a drop; for warning, once per call, that audio is being lost.
    /// </summary>
    public Task<bool> WhenEventsDropped => _receiver.WhenEventsDropped;

    /// <summary>Media chunks that never arrived, as reported by <see cref="MediaGapEvent"/>s, over all tracks.</summary>
    public long MissingChunks => _receiver.MissingChunks;

    /// <summary>Media frames discarded because they came after later chunks had been released (outside the reorder window) or twice.</summary>
    public long LateChunks => _receiver.LateChunks;

    /// <summary>Pooled media events and outbound frame buffers currently out of their pools: 0 once the session is disposed.</summary>
    internal int PooledBuffersOutstanding => _receiver.PooledEventsOutstanding + _playback.RentedFrames;

    /// <summary>The reading task, once <see cref="ReadEventsAsync"/> has started it: completes when nothing more comes from the peer.</summary>
    internal Task ReceiveCompletion => _receiver.Reading ?? Task.CompletedTask;

    /// <summary>Whether the reading task is holding the socket until the application takes an event (<see cref="BoundedChannelFullMode.Wait"/>).</summary>
    internal bool IsHoldingSocket => _receiver.IsHoldingSocket;

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
        _receiver.Begin();
        MediaStreamEvent? lent = null;
        try
        {
            while (await WaitForEventAsync(cancellationToken).ConfigureAwait(false))
            {
                if (lent is not null)
                {
                    _receiver.Release(lent);
                    lent = null;
                }

                if (_receiver.TryRead(out MediaStreamEvent? next))
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
                _receiver.Release(lent);
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
        if (format.Codec is not (MediaCodec.MuLaw or MediaCodec.ALaw or MediaCodec.L16))
        {
            throw new InvalidOperationException($"The stream's encoding '{format.Encoding}' is not one this library encodes; send encoded audio with SendEncodedAudioAsync.");
        }

        return _playback.QueueAudioAsync(pcm, format.SamplesPerFrame, format.Codec, cancellationToken);
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
    public Task SendEncodedAudioAsync(ReadOnlyMemory<byte> audio, CancellationToken cancellationToken = default)
    {
        MediaFormat format = FormatForSendingFrames();
        int frameBytes = format.Codec switch
        {
            MediaCodec.MuLaw or MediaCodec.ALaw => format.SamplesPerFrame,
            MediaCodec.L16 => 2 * format.SamplesPerFrame,
            _ => Math.Max(audio.Length, 1),
        };
        return _playback.QueueEncodedAudioAsync(audio, frameBytes, cancellationToken);
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

        return _playback.QueueMp3Async(mp3, cancellationToken);
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
    public Task<MarkOutcome> SendMarkAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        FormatForSending();
        return _playback.QueueMarkAsync(name, cancellationToken);
    }

    /// <summary>
    /// Barge-in: drops the audio and marks still queued here (their marks complete as <see cref="MarkOutcome.Cleared"/>)
    /// and sends a <c>clear</c>, on which the provider drops the audio it has buffered and echoes every pending mark.
    /// </summary>
    /// <remarks>Takes effect at once: a <see cref="SendAudioAsync"/> still queueing stops, audio waiting for its paced
    /// slot is not sent, and marks already sent report <see cref="MarkOutcome.Cleared"/> when echoed. Audio and marks
    /// queued after the call play as usual. What had already gone is at most <see cref="MediaStreamSessionOptions.PacingBurst"/>
    /// frames more than <see cref="MediaStreamSessionOptions.Pacing"/> allows (see there); the <c>clear</c> drops it
    /// from the provider's buffer.</remarks>
    /// <param name="cancellationToken">Cancels waiting for room in the send queue.</param>
    /// <returns>A task that completes when the <c>clear</c> has been handed to the socket.</returns>
    /// <exception cref="InvalidOperationException">No <c>start</c> yet, a one-way stream, or the stream has stopped.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task ClearAsync(CancellationToken cancellationToken = default)
    {
        FormatForSending();
        return _playback.ClearAsync(cancellationToken);
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

        return _playback.SendDtmfAsync(digit, cancellationToken);
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
        _closer.Use(closeStatus, statusDescription);
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
        _receiver.Dispose();
        _playback.Dispose();
    }

    /// <summary>
    /// Stops both halves and closes: the writer stops (its queue is dropped), the receiver stops waiting for the
    /// application, and the close handshake runs, ending the reading task; also the path of a cancelled read.
    /// </summary>
    private async Task StopAsync()
    {
        _stopping = true;
        _playback.Stop();
        await _receiver.StopWaitingAsync().ConfigureAwait(false);
        await _closer.CloseAsync(_receiver.Reading).ConfigureAwait(false);
        await _playback.Completion.ConfigureAwait(false);
    }

    private async ValueTask<bool> WaitForEventAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _receiver.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
            throw;
        }
    }

    void IMediaStreamReceiverListener.Started(StartEvent start) => _playback.OnStart(start, _receiver.Provider);

    void IMediaStreamReceiverListener.MarkEchoed(string name) => _marks.Echoed(name);

    /// <summary>A silent stream is closed; the peer that does not answer the close within the timeout is cut off, and the receiver ends it as idle.</summary>
    void IMediaStreamReceiverListener.Idle() => _ = _closer.CloseAsync(_receiver.Reading);

    /// <summary>Nothing more comes from the peer: nothing more may be queued, and no mark will be echoed.</summary>
    void IMediaStreamReceiverListener.Ended()
    {
        _playback.Complete();
        _marks.EndAll();
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
        StartEvent start = _receiver.Start
            ?? throw new InvalidOperationException("No 'start' message has been read yet, so there is no stream to send on.");
        if (!_options.Bidirectional || Contains(start.Tracks, MediaTrack.Outbound))
        {
            throw new InvalidOperationException(
                "The stream is one-way (<Start><Stream>): media, mark and clear are accepted only on a <Connect><Stream> (Twilio error 31924).");
        }

        if (IsStopped)
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
