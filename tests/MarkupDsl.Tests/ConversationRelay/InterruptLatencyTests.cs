using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using MarkupDsl.ConversationRelay;
using Xunit.Abstractions;

namespace MarkupDsl.Tests.ConversationRelay;

/// <summary>
/// The time from an <c>interrupt</c> read to the interrupted reply's token stream stopped, over many interrupts on a
/// loopback session, as the session's own <c>interrupt_stop</c> histogram records it; printed, not asserted (timings
/// depend on the machine).
/// </summary>
public sealed class InterruptLatencyTests(ITestOutputHelper output)
{
    private const int Interrupts = 200;

    [Fact(Timeout = 60_000)]
    public async Task Interrupt_to_stop_over_200_interrupts()
    {
        using var meters = new TestMeterFactory();
        List<double> stops = [];
        List<double> firstTokens = [];
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (meters.Made.Contains(instrument.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            lock (stops)
            {
                (instrument.Name.EndsWith("interrupt_stop", StringComparison.Ordinal) ? stops : firstTokens).Add(value);
            }
        });
        listener.Start();

        await using RelayLoopback relay = await RelayLoopback.StartAsync(meterFactory: meters);
        await relay.SendAsync(RelayMessages.TwilioSetup);
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());
        for (int i = 0; i < Interrupts; i++)
        {
            Task<ConversationRelayReply> replying = relay.Session.StreamReplyAsync(RelayLoopback.Endless(TimeSpan.FromMilliseconds(2), new StrongBox<bool>()));
            await relay.ReceiveAsync();
            await relay.SendAsync(RelayMessages.Interrupt("w0", 20, telnyx: i % 2 == 1));
            Assert.Equal(ReplyOutcome.Interrupted, (await replying).Outcome);
            Assert.True(await messages.MoveNextAsync());

            // Tokens sent before the interrupt was read are still on their way: drain them before the next reply.
            await relay.Session.SendTextAsync("<turn>", last: true);
            while ((await relay.ReceiveAsync())!.Value.GetProperty("token").GetString() != "<turn>")
            {
            }
        }

        Assert.Equal(Interrupts, stops.Count);
        output.WriteLine($"interrupt read -> token stream stopped, {Interrupts} interrupts: p50 {Percentile(stops, 0.50):F3} ms, p99 {Percentile(stops, 0.99):F3} ms, max {stops.Max():F3} ms");
        output.WriteLine($"reply start -> first token on the wire: p50 {Percentile(firstTokens, 0.50):F3} ms, p99 {Percentile(firstTokens, 0.99):F3} ms (includes the stream's 2 ms first delay)");
    }

    private static double Percentile(List<double> values, double quantile)
    {
        double[] sorted = [.. values.Order()];
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }

    /// <summary>Makes meters that only this test listens to, as dependency injection's factory would.</summary>
    private sealed class TestMeterFactory : IMeterFactory
    {
        public List<Meter> Made { get; } = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            Made.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (Meter meter in Made)
            {
                meter.Dispose();
            }
        }
    }
}
