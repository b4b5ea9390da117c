using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Settings of a <see cref="MediaStreamSession"/>: plain properties, checked together by <see cref="Validate"/>, which
/// the session's constructor calls, so that options can be composed from several sources (configuration binding,
/// <c>services.Configure</c>) before anything is checked.
/// </summary>
/// <remarks>Since issue 16 the setters no longer throw: a bad value is reported by <see cref="Validate"/>, with every other bad value.</remarks>
public sealed class MediaStreamSessionOptions
{
    /// <summary>
    /// Whether the application may send audio, marks and clears: <see langword="true"/> (the default) for a
    /// <c>&lt;Connect&gt;&lt;Stream&gt;</c>, <see langword="false"/> for a one-way <c>&lt;Start&gt;&lt;Stream&gt;</c>
    /// fork, on which Twilio rejects them (error 31924). A stream whose <c>start.tracks</c> include
    /// <c>outbound</c> is a fork whatever this says.
    /// </summary>
    public bool Bidirectional { get; set; } = true;

    /// <summary>
    /// The provider, when the application knows it (e.g. from the URL it gave out); the default,
    /// <see cref="MediaStreamProvider.Unknown"/>, detects it from the first frames.
    /// </summary>
    public MediaStreamProvider Provider { get; set; }

    /// <summary>
    /// The <c>bidirectionalMode</c> of a Telnyx stream, which decides how audio may be sent: <see cref="TelnyxBidirectionalMode.Rtp"/>
    /// (the default here) takes 20 ms frames from <see cref="MediaStreamSession.SendAudioAsync"/>,
    /// <see cref="TelnyxBidirectionalMode.Mp3"/> whole files from <see cref="MediaStreamSession.SendMp3Async"/>.
    /// TeXML's own default is <c>mp3</c>: a <c>&lt;Stream&gt;</c> that does not say <c>bidirectionalMode="rtp"</c>
    /// needs <see cref="TelnyxBidirectionalMode.Mp3"/> here. Other providers ignore it.
    /// </summary>
    public TelnyxBidirectionalMode TelnyxBidirectionalMode { get; set; }

    /// <summary>
    /// The largest inbound message accepted, in bytes of UTF-8 JSON (default 64 KiB; a 20 ms media message is about
    /// 300); at least 1 KiB. A larger one is read to its end, discarded and reported as a <see cref="MalformedMessageEvent"/>.
    /// </summary>
    public int MaxMessageSize { get; set; } = 64 * 1024;

    /// <summary>How long to wait for the peer's half of the close handshake before aborting the socket (default 5 s); positive.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the stream may stay silent (no message at all; a live call sends a media message every 20 ms)
    /// before the session closes the socket and ends it with <see cref="StopReason.IdleTimeout"/>. Default 30 s;
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns it off; otherwise positive. Time the session spends not reading
    /// because the application is behind (<see cref="BoundedChannelFullMode.Wait"/>) is not silence.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many received events wait for the application before <see cref="EventQueueFullMode"/> applies (default
    /// 256, about 5 s of media); at least 1. The socket is read on its own task, so a slow consumer does not stall it.
    /// </summary>
    public int EventQueueCapacity { get; set; } = 256;

    /// <summary>
    /// What happens when an event arrives while <see cref="EventQueueCapacity"/> events wait for the application, as
    /// when audio arrives in a burst after a network stall or the application is slower than real time:
    /// <see cref="BoundedChannelFullMode.Wait"/> drops nothing and stops reading the socket until there is room (the
    /// provider's messages wait in the network buffers); <see cref="BoundedChannelFullMode.DropOldest"/> (the
    /// default) drops the oldest waiting event, keeping the freshest audio; <see cref="BoundedChannelFullMode.DropNewest"/>
    /// drops the newest. Which suits an app:
    /// <list type="bullet">
    /// <item>A recorder (call recording, voicemail, compliance): <see cref="BoundedChannelFullMode.Wait"/>. Lost
    /// audio cannot be recorded later, and a delay costs a recording nothing.</item>
    /// <item>A transcriber: <see cref="BoundedChannelFullMode.Wait"/> when it keeps up on average and only bursts
    /// outrun it, since a hole in the audio misquotes the caller; <see cref="BoundedChannelFullMode.DropOldest"/>
    /// when it is live captioning that may fall behind for good, where an ever-growing delay is worse than a gap.</item>
    /// <item>A voice bot: <see cref="BoundedChannelFullMode.DropOldest"/>. It answers what the caller says now;
    /// audio seconds old only delays its turn, and with Wait barge-in would be detected late.</item>
    /// </list>
    /// Every drop is visible: <see cref="MediaStreamSession.DroppedEvents"/>, <see cref="MediaStreamSession.WhenEventsDropped"/>,
    /// the <c>markupdsl.media_stream.dropped_events</c> counter (<see cref="MediaStreamMetrics"/>), and in ASP.NET Core
    /// a warning when a stream starts dropping and the count on its stop log line. <see cref="BoundedChannelFullMode.DropWrite"/>
    /// is refused by <see cref="Validate"/>: it could drop the final stop.
    /// </summary>
    public BoundedChannelFullMode EventQueueFullMode { get; set; } = BoundedChannelFullMode.DropOldest;

    /// <summary>
    /// How many outbound messages (20 ms media frames, marks, clears) may wait to be sent (default 500 = 10 s of
    /// audio); at least 1. <see cref="MediaStreamSession.SendAudioAsync"/> waits while the queue is full.
    /// </summary>
    public int SendQueueCapacity { get; set; } = 500;

    /// <summary>
    /// How fast outbound audio is sent, as a multiple of real time (default 1.5: a 20 ms frame every 13.3 ms); at
    /// least 1, as slower than real time starves playback. Pacing keeps most audio queued locally, where
    /// <see cref="MediaStreamSession.ClearAsync"/> drops it at once; <see cref="double.PositiveInfinity"/> sends as
    /// fast as the socket takes it. Audio may run <see cref="PacingBurst"/> frames ahead of the pace before a frame waits.
    /// </summary>
    public double Pacing { get; set; } = 1.5;

    /// <summary>
    /// How many 20 ms frames outbound audio may run ahead of <see cref="Pacing"/> before a frame waits for its slot
    /// (default 5 = 100 ms of audio; 0 spaces every frame; at most 50 = 1 s). Audio the application sends in real
    /// time, each frame up to <c>PacingBurst x 20 ms</c> late (network jitter, a stall that then delivers up to
    /// <c>PacingBurst + 1</c> frames at once), is then sent as it comes, with no timer per frame, while a long prompt
    /// is still paced after its first frames. The bound, in frames: over any stretch of time <c>t</c>, at most
    /// <c>1 + PacingBurst + t x Pacing / 20 ms</c> go to the provider, so a <see cref="MediaStreamSession.ClearAsync"/>
    /// finds all but that much of a prompt still queued here. Telnyx MP3 files are spaced a second apart whatever this says.
    /// </summary>
    public int PacingBurst { get; set; } = 5;

    /// <summary>
    /// How many media frames per track a Telnyx stream holds back to put frames that arrive out of order back in
    /// order by <c>chunk</c> (default 3 = 60 ms of added latency; 0 turns reordering off; at most 50). Twilio and
    /// SignalWire deliver in order, so no frame is held; gaps are reported as <see cref="MediaGapEvent"/> for all.
    /// </summary>
    public int ReorderWindow { get; set; } = 3;

    /// <summary>
    /// Whether the session reuses <see cref="MediaEvent"/>s and their buffers (default <see langword="false"/>: each
    /// frame is a new event the application may keep, in a list or through <c>ToListAsync</c>). Turn it on for no
    /// allocation per frame, when every event is done with before the enumeration moves on: a reused event is then
    /// overwritten by a later frame, so copy what must outlive that (<c>media.Samples.ToArray()</c>).
    /// </summary>
    public bool ReuseMediaEvents { get; set; }

    /// <summary>
    /// The clock of the session's timeouts (<see cref="IdleTimeout"/>, <see cref="CloseTimeout"/>), of audio
    /// <see cref="Pacing"/> and of the mark round-trip times it measures; default <see cref="TimeProvider.System"/>.
    /// Tests give a fake clock (<c>FakeTimeProvider</c>) to let time pass without waiting. In ASP.NET Core,
    /// <c>AddMediaStreams</c> uses the <see cref="System.TimeProvider"/> registered for dependency injection when this is left
    /// at <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks every setting at once.</summary>
    /// <returns>
    /// One message per invalid property, each starting with the property's name and saying what it must be; empty
    /// when all are valid.
    /// </returns>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (MaxMessageSize < 1024)
        {
            problems.Add($"{nameof(MaxMessageSize)} is {MaxMessageSize}: it must be at least 1024 bytes.");
        }

        if (CloseTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(CloseTimeout)} is {CloseTimeout}: it must be positive.");
        }

        if (IdleTimeout <= TimeSpan.Zero && IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            problems.Add($"{nameof(IdleTimeout)} is {IdleTimeout}: it must be positive, or Timeout.InfiniteTimeSpan for none.");
        }

        if (EventQueueCapacity < 1)
        {
            problems.Add($"{nameof(EventQueueCapacity)} is {EventQueueCapacity}: it must be at least 1.");
        }

        if (EventQueueFullMode is not (BoundedChannelFullMode.Wait or BoundedChannelFullMode.DropOldest or BoundedChannelFullMode.DropNewest))
        {
            problems.Add($"{nameof(EventQueueFullMode)} is {EventQueueFullMode}: it must be Wait, DropOldest or DropNewest (DropWrite could drop the final stop).");
        }

        if (SendQueueCapacity < 1)
        {
            problems.Add($"{nameof(SendQueueCapacity)} is {SendQueueCapacity}: it must be at least 1.");
        }

        if (!(Pacing >= 1))
        {
            problems.Add($"{nameof(Pacing)} is {Pacing}: it must be a multiple of real time of at least 1.");
        }

        if (PacingBurst is < 0 or > 50)
        {
            problems.Add($"{nameof(PacingBurst)} is {PacingBurst}: it must be from 0 to 50 frames.");
        }

        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"{nameof(Provider)} is {Provider}: it is not a MediaStreamProvider.");
        }

        if (!Enum.IsDefined(TelnyxBidirectionalMode))
        {
            problems.Add($"{nameof(TelnyxBidirectionalMode)} is {TelnyxBidirectionalMode}: it must be Rtp or Mp3.");
        }

        if (TimeProvider is null)
        {
            problems.Add($"{nameof(TimeProvider)} is null: it must be a clock, TimeProvider.System by default.");
        }

        if (ReorderWindow is < 0 or > 50)
        {
            problems.Add($"{nameof(ReorderWindow)} is {ReorderWindow}: it must be from 0 to 50 frames.");
        }

        return problems;
    }

    /// <summary>A copy, so that a session keeps the settings it started with when the caller changes these later.</summary>
    internal MediaStreamSessionOptions Clone() => (MediaStreamSessionOptions)MemberwiseClone();
}
