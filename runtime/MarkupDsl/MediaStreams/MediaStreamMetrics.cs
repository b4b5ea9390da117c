using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// The instruments of the <c>MarkupDsl.MediaStreams</c> <see cref="Meter"/>, which every <see cref="MediaStreamSession"/>
/// reports to (collect them with <c>AddMeter("MarkupDsl.MediaStreams")</c> in OpenTelemetry, or
/// <c>dotnet-counters monitor --counters MarkupDsl.MediaStreams</c>):
/// <list type="table">
/// <item><term><c>markupdsl.media_stream.active_sessions</c></term><description>UpDownCounter, <c>{session}</c>: sessions whose socket is being read.</description></item>
/// <item><term><c>markupdsl.media_stream.frames</c></term><description>Counter, <c>{frame}</c>: <c>media</c> messages, tagged <c>direction</c> = <c>inbound</c> (from the provider) or <c>outbound</c> (to it).</description></item>
/// <item><term><c>markupdsl.media_stream.bytes</c></term><description>Counter, <c>By</c>: WebSocket message bytes (UTF-8 JSON) of every message, tagged <c>direction</c>.</description></item>
/// <item><term><c>markupdsl.media_stream.dropped_events</c></term><description>Counter, <c>{event}</c>: received events dropped because the application did not keep up.</description></item>
/// <item><term><c>markupdsl.media_stream.late_frames</c></term><description>Counter, <c>{frame}</c>: media frames discarded for arriving after later chunks (or twice).</description></item>
/// <item><term><c>markupdsl.media_stream.mark_round_trip</c></term><description>Histogram, <c>ms</c>: from a <c>mark</c> going on the wire to its echo.</description></item>
/// </list>
/// </summary>
public sealed class MediaStreamMetrics
{
    /// <summary>The name of the meter: <c>MarkupDsl.MediaStreams</c>.</summary>
    public const string MeterName = "MarkupDsl.MediaStreams";

    /// <summary>The tag that tells inbound from outbound on the frame and byte counters.</summary>
    public const string DirectionTag = "direction";

    private static readonly Meter SharedMeter = new(MeterName, typeof(MediaStreamMetrics).Assembly.GetName().Version?.ToString());
    private static readonly ConditionalWeakTable<Meter, MediaStreamMetrics> ByMeter = [];
    private static readonly KeyValuePair<string, object?> Inbound = new(DirectionTag, "inbound");
    private static readonly KeyValuePair<string, object?> Outbound = new(DirectionTag, "outbound");

    private readonly UpDownCounter<long> _activeSessions;
    private readonly Counter<long> _frames;
    private readonly Counter<long> _bytes;
    private readonly Counter<long> _droppedEvents;
    private readonly Counter<long> _lateFrames;
    private readonly Histogram<double> _markRoundTrip;

    private MediaStreamMetrics(Meter meter)
    {
        _activeSessions = meter.CreateUpDownCounter<long>("markupdsl.media_stream.active_sessions", "{session}", "Media Stream sessions whose socket is being read.");
        _frames = meter.CreateCounter<long>("markupdsl.media_stream.frames", "{frame}", "Media messages received (inbound) and sent (outbound).");
        _bytes = meter.CreateCounter<long>("markupdsl.media_stream.bytes", "By", "WebSocket message bytes received (inbound) and sent (outbound).");
        _droppedEvents = meter.CreateCounter<long>("markupdsl.media_stream.dropped_events", "{event}", "Received events dropped because the application did not keep up.");
        _lateFrames = meter.CreateCounter<long>("markupdsl.media_stream.late_frames", "{frame}", "Media frames discarded for arriving after later chunks or twice.");
        _markRoundTrip = meter.CreateHistogram<double>("markupdsl.media_stream.mark_round_trip", "ms", "Time from a mark going on the wire to its echo.");
    }

    /// <summary>The instruments on the meter <paramref name="factory"/> makes (one set per meter), or on a shared static meter.</summary>
    internal static MediaStreamMetrics For(IMeterFactory? factory)
    {
        Meter meter = factory?.Create(new MeterOptions(MeterName)) ?? SharedMeter;
        return ByMeter.GetValue(meter, static m => new MediaStreamMetrics(m));
    }

    internal void SessionStarted() => _activeSessions.Add(1);

    internal void SessionEnded() => _activeSessions.Add(-1);

    internal void Received(int bytes, bool media)
    {
        _bytes.Add(bytes, Inbound);
        if (media)
        {
            _frames.Add(1, Inbound);
        }
    }

    internal void Sent(int bytes, bool media)
    {
        _bytes.Add(bytes, Outbound);
        if (media)
        {
            _frames.Add(1, Outbound);
        }
    }

    internal void EventDropped() => _droppedEvents.Add(1);

    internal void FrameLate() => _lateFrames.Add(1);

    internal void MarkEchoed(double milliseconds) => _markRoundTrip.Record(milliseconds);
}
