using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Media events are the application's to keep unless it opts in to reuse.</summary>
public class SessionEventOwnershipTests
{
    private const int Timeout = 20_000;
    private const int Frames = 50;

    [Fact(Timeout = Timeout)]
    public async Task Every_event_of_a_call_kept_in_a_list_still_holds_its_own_payload_at_the_end()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await SendCallAsync(loopback);

        List<MediaEvent> kept = (await MediaStreamSessionTests.ReadAllAsync(session)).OfType<MediaEvent>().ToList();

        Assert.Equal(Frames, kept.Count);
        for (int chunk = 1; chunk <= Frames; chunk++)
        {
            MediaEvent media = kept[chunk - 1];
            byte[] payload = Payload(chunk);
            short[] samples = new short[payload.Length];
            MuLaw.Decode(payload, samples);
            Assert.Equal(chunk, media.Chunk);
            Assert.Equal(payload, media.Payload.ToArray());
            Assert.Equal(samples, media.Samples.ToArray());
        }

        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task With_reuse_opted_in_frames_read_as_they_come_share_a_few_pooled_events_that_all_go_back_to_the_pool()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { ReuseMediaEvents = true });
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());

        var seen = new HashSet<MediaEvent>(ReferenceEqualityComparer.Instance);
        for (int chunk = 1; chunk <= Frames; chunk++)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.MediaFrame(chunk, Convert.ToBase64String(Payload(chunk))));
            Assert.True(await events.MoveNextAsync());

            // Valid until the enumeration moves on: checked now, not later.
            var media = Assert.IsType<MediaEvent>(events.Current);
            Assert.Equal(chunk, media.Chunk);
            Assert.Equal(Payload(chunk), media.Payload.ToArray());
            seen.Add(media);
        }

        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);
        while (await events.MoveNextAsync())
        {
        }

        Assert.InRange(seen.Count, 1, 3);
        await events.DisposeAsync();
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    private static async Task SendCallAsync(LoopbackWebSocket loopback)
    {
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        for (int chunk = 1; chunk <= Frames; chunk++)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.MediaFrame(chunk, Convert.ToBase64String(Payload(chunk))));
        }

        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);
    }

    /// <summary>A 20 ms mu-law payload unlike any other chunk's, so an overwritten event shows.</summary>
    private static byte[] Payload(int chunk)
    {
        byte[] payload = new byte[MediaStreamSession.SamplesPerFrame];
        new Random(chunk).NextBytes(payload);
        return payload;
    }
}
