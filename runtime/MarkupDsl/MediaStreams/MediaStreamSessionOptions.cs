using System;
using System.Threading.Channels;

namespace MarkupDsl.MediaStreams;

/// <summary>Settings of a <see cref="MediaStreamSession"/>.</summary>
public sealed class MediaStreamSessionOptions
{
    private readonly int _maxMessageSize = 64 * 1024;
    private readonly TimeSpan _closeTimeout = TimeSpan.FromSeconds(5);
    private readonly TimeSpan _idleTimeout = TimeSpan.FromSeconds(30);
    private readonly int _eventQueueCapacity = 256;
    private readonly int _sendQueueCapacity = 500;
    private readonly double _pacing = 1.5;
    private readonly int _reorderWindow = 3;

    /// <summary>
    /// Whether the application may send audio, marks and clears: <see langword="true"/> (the default) for a
    /// <c>&lt;Connect&gt;&lt;Stream&gt;</c>, <see langword="false"/> for a one-way <c>&lt;Start&gt;&lt;Stream&gt;</c>
    /// fork, on which Twilio rejects them (error 31924). A stream whose <c>start.tracks</c> include
    /// <c>outbound</c> is a fork whatever this says.
    /// </summary>
    public bool Bidirectional { get; init; } = true;

    /// <summary>
    /// The provider, when the application knows it (e.g. from the URL it gave out); the default,
    /// <see cref="MediaStreamProvider.Unknown"/>, detects it from the first frames.
    /// </summary>
    public MediaStreamProvider Provider { get; init; }

    /// <summary>
    /// The <c>bidirectionalMode</c> of a Telnyx stream, which decides how audio may be sent: <see cref="TelnyxBidirectionalMode.Rtp"/>
    /// (the default here) takes 20 ms frames from <see cref="MediaStreamSession.SendAudioAsync"/>,
    /// <see cref="TelnyxBidirectionalMode.Mp3"/> whole files from <see cref="MediaStreamSession.SendMp3Async"/>.
    /// TeXML's own default is <c>mp3</c>: a <c>&lt;Stream&gt;</c> that does not say <c>bidirectionalMode="rtp"</c>
    /// needs <see cref="TelnyxBidirectionalMode.Mp3"/> here. Other providers ignore it.
    /// </summary>
    public TelnyxBidirectionalMode TelnyxBidirectionalMode { get; init; }

    /// <summary>
    /// The largest inbound message accepted, in bytes of UTF-8 JSON (default 64 KiB; a 20 ms media message is about
    /// 300). A larger one is read to its end, discarded and reported as a <see cref="MalformedMessageEvent"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 1 KiB.</exception>
    public int MaxMessageSize
    {
        get => _maxMessageSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1024);
            _maxMessageSize = value;
        }
    }

    /// <summary>How long to wait for the peer's half of the close handshake before aborting the socket (default 5 s).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not positive.</exception>
    public TimeSpan CloseTimeout
    {
        get => _closeTimeout;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            _closeTimeout = value;
        }
    }

    /// <summary>
    /// How long the stream may stay silent (no message at all; a live call sends a media message every 20 ms)
    /// before the session closes the socket and ends it with <see cref="StopReason.IdleTimeout"/>. Default 30 s;
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> turns it off.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not positive and not infinite.</exception>
    public TimeSpan IdleTimeout
    {
        get => _idleTimeout;
        init
        {
            if (value != System.Threading.Timeout.InfiniteTimeSpan)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            }

            _idleTimeout = value;
        }
    }

    /// <summary>
    /// How many received events wait for the application before <see cref="EventQueueFullMode"/> applies (default
    /// 256, about 5 s of media). The socket is read on its own task, so a slow consumer does not stall it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 1.</exception>
    public int EventQueueCapacity
    {
        get => _eventQueueCapacity;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _eventQueueCapacity = value;
        }
    }

    /// <summary>
    /// What happens to an event that arrives while <see cref="EventQueueCapacity"/> events wait:
    /// <see cref="BoundedChannelFullMode.DropOldest"/> (the default: keep the freshest audio),
    /// <see cref="BoundedChannelFullMode.DropNewest"/>, or <see cref="BoundedChannelFullMode.Wait"/> (drop nothing,
    /// stop reading the socket until there is room). Drops are counted in <see cref="MediaStreamSession.DroppedEvents"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="BoundedChannelFullMode.DropWrite"/>, which could drop the final stop.</exception>
    public BoundedChannelFullMode EventQueueFullMode
    {
        get;
        init
        {
            if (value is not (BoundedChannelFullMode.Wait or BoundedChannelFullMode.DropOldest or BoundedChannelFullMode.DropNewest))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Choose Wait, DropOldest or DropNewest.");
            }

            field = value;
        }
    } = BoundedChannelFullMode.DropOldest;

    /// <summary>
    /// How many outbound messages (20 ms media frames, marks, clears) may wait to be sent (default 500 = 10 s of
    /// audio); <see cref="MediaStreamSession.SendAudioAsync"/> waits while the queue is full.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 1.</exception>
    public int SendQueueCapacity
    {
        get => _sendQueueCapacity;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _sendQueueCapacity = value;
        }
    }

    /// <summary>
    /// How fast outbound audio is sent, as a multiple of real time (default 1.5: a 20 ms frame every 13.3 ms).
    /// Pacing keeps most audio queued locally, where <see cref="MediaStreamSession.ClearAsync"/> drops it at once;
    /// <see cref="double.PositiveInfinity"/> sends as fast as the socket takes it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 1 (slower than real time starves playback) or NaN.</exception>
    public double Pacing
    {
        get => _pacing;
        init
        {
            if (!(value >= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Pacing is a multiple of real time, at least 1.");
            }

            _pacing = value;
        }
    }

    /// <summary>
    /// How many media frames per track a Telnyx stream holds back to put frames that arrive out of order back in
    /// order by <c>chunk</c> (default 3 = 60 ms of added latency; 0 turns reordering off). Twilio and SignalWire
    /// deliver in order, so no frame is held; gaps are reported as <see cref="MediaGapEvent"/> for all.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative value or one above 50.</exception>
    public int ReorderWindow
    {
        get => _reorderWindow;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 50);
            _reorderWindow = value;
        }
    }

    /// <summary>
    /// Whether the session reuses <see cref="MediaEvent"/>s and their buffers (default <see langword="true"/>: no
    /// allocation per frame). A reused event is valid until the enumeration moves on; turn this off to keep events.
    /// </summary>
    public bool ReuseMediaEvents { get; init; } = true;
}
