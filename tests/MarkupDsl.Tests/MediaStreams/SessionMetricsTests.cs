using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>
/// The <c>MarkupDsl.MediaStreams</c> meter over a real loopback WebSocket. Each test's session reports to a meter of
/// its own factory, so that sessions of tests running at the same time do not count here.
/// </summary>
public sealed class SessionMetricsTests : IDisposable
{
    private const int Timeout = 20_000;
    private readonly Recorder _metrics = new();

    [Fact(Timeout = Timeout)]
    public async Task A_call_counts_frames_and_bytes_each_way_its_mark_round_trip_and_one_active_session_while_it_runs()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, null, _metrics.Factory);
        string[] inbound = [TwilioMessages.Start, TwilioMessages.MediaFrame(1, "/38AgA=="), TwilioMessages.MediaFrame(2, "/38AgA==")];
        foreach (string message in inbound)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, message);
        }

        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        for (int read = 0; read < 3; read++)
        {
            Assert.True(await events.MoveNextAsync());
        }

        Assert.Equal(TwilioMessages.CallSid, (await session.WhenStarted)?.CallSid);
        Assert.Equal(1, _metrics.Sum("markupdsl.media_stream.active_sessions"));
        await session.SendAudioAsync(new short[2 * MediaStreamSession.SamplesPerFrame]);
        Task<MarkOutcome> mark = session.SendMarkAsync("done");
        var outbound = new List<string>();
        for (int received = 0; received < 3; received++)
        {
            outbound.Add((await LoopbackWebSocket.ReceiveTextAsync(loopback.Client))!);
        }

        string echo = TwilioMessages.Mark.Replace("label", "done");
        await LoopbackWebSocket.SendTextAsync(loopback.Client, echo);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(MarkOutcome.Played, await mark);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);
        while (await events.MoveNextAsync())
        {
        }

        Assert.Equal(["media", "media", "mark"], outbound.Select(json => ProviderMessage.Parse(json).Event));
        Assert.Equal(2, _metrics.Sum("markupdsl.media_stream.frames", "inbound"));
        Assert.Equal(2, _metrics.Sum("markupdsl.media_stream.frames", "outbound"));
        Assert.Equal(Utf8Length([.. inbound, echo, TwilioMessages.Stop]), _metrics.Sum("markupdsl.media_stream.bytes", "inbound"));
        Assert.Equal(Utf8Length(outbound), _metrics.Sum("markupdsl.media_stream.bytes", "outbound"));
        Assert.True(Assert.Single(_metrics.Values("markupdsl.media_stream.mark_round_trip")) >= 0);
        Assert.Equal(0, _metrics.Sum("markupdsl.media_stream.active_sessions"));
        Assert.Equal([1, -1], _metrics.Values("markupdsl.media_stream.active_sessions"));
        Assert.Equal((2, 2), (session.MediaFramesReceived, session.MediaFramesSent));
        Assert.Equal(StopReason.StopMessage, session.Stop?.Reason);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Events_dropped_for_a_slow_consumer_are_counted()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, SessionResilienceTests.SlowConsumerOptions, _metrics.Factory);
        await SessionResilienceTests.FallBehindAsync(loopback, session);

        Assert.Equal(17, _metrics.Sum("markupdsl.media_stream.dropped_events"));
        Assert.Equal(20, _metrics.Sum("markupdsl.media_stream.frames", "inbound"));
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Telnyx_frames_that_come_after_later_chunks_are_counted_late()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, null, _metrics.Factory);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TelnyxMessages.Start());
        foreach (int chunk in new[] { 1, 2, 3, 4, 5, 6, 2, 7 })
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, TelnyxMessages.Media(chunk, Convert.ToBase64String([(byte)chunk])));
        }

        await LoopbackWebSocket.SendTextAsync(loopback.Client, TelnyxMessages.Stop);
        List<MediaStreamEvent> events = await MediaStreamSessionTests.ReadAllAsync(session);

        Assert.Equal(7, events.OfType<MediaEvent>().Count());
        Assert.Equal(1, _metrics.Sum("markupdsl.media_stream.late_frames"));
        Assert.Equal(8, _metrics.Sum("markupdsl.media_stream.frames", "inbound"));
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact]
    public void The_meter_is_named_for_the_library()
    {
        _ = new MediaStreamSession(new System.Net.WebSockets.ClientWebSocket(), null, _metrics.Factory);

        Assert.Equal(MediaStreamMetrics.MeterName, Assert.Single(_metrics.Factory.Meters).Name);
        Assert.Equal("MarkupDsl.MediaStreams", MediaStreamMetrics.MeterName);
    }

    public void Dispose() => _metrics.Dispose();

    private static long Utf8Length(IEnumerable<string> messages) => messages.Sum(message => (long)Encoding.UTF8.GetByteCount(message));

    /// <summary>Records every measurement of the meters its own factory made.</summary>
    private sealed class Recorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, string? Direction)> _measurements = new();

        public Recorder()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (Factory.Meters.Contains(instrument.Meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
            _listener.Start();
        }

        public TestMeterFactory Factory { get; } = new();

        public double[] Values(string instrument) =>
            [.. _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value)];

        public long Sum(string instrument, string? direction = null) =>
            (long)_measurements.Where(m => m.Instrument == instrument && (direction is null || m.Direction == direction)).Sum(m => m.Value);

        public void Dispose()
        {
            _listener.Dispose();
            Factory.Dispose();
        }

        private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? direction = null;
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == MediaStreamMetrics.DirectionTag)
                {
                    direction = (string?)tag.Value;
                }
            }

            _measurements.Enqueue((instrument.Name, value, direction));
        }
    }

    /// <summary>Makes meters that belong to one test, then enables them on the listener as they are made.</summary>
    private sealed class TestMeterFactory : IMeterFactory
    {
        public ConcurrentBag<Meter> Meters { get; } = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            Meters.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (Meter meter in Meters)
            {
                meter.Dispose();
            }
        }
    }
}
