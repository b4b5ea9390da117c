using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Each provider's dialect end to end over a real loopback WebSocket.</summary>
public class SessionDialectTests
{
    private const int Timeout = 20_000;

    [Fact(Timeout = Timeout)]
    public async Task Telnyx_frames_come_back_in_chunk_order_with_gaps_reported_and_audio_goes_out_as_a_law_without_a_stream_id()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TelnyxMessages.Connected);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TelnyxMessages.Start("PCMA"));
        var order = new List<string>();
        await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync().GetAsyncEnumerator();
        while (order.Count < 2 && await events.MoveNextAsync())
        {
            order.Add(events.Current.GetType().Name);
        }

        await session.SendAudioAsync(new short[] { 1000, -1000 });
        Task<MarkOutcome> mark = session.SendMarkAsync("m");
        byte[] aLaw = new byte[2];
        ALaw.Encode(new short[] { 1000, -1000 }, aLaw);
        Assert.Equal($$$"""{"event":"media","media":{"payload":"{{{Convert.ToBase64String(aLaw)}}}"}}""", (await SessionPlaybackTests.ReceiveAsync(loopback)).Json);
        Assert.Equal("""{"event":"mark","mark":{"name":"m"}}""", (await SessionPlaybackTests.ReceiveAsync(loopback)).Json);
        foreach (int chunk in new[] { 1, 3, 2, 4, 7, 5, 8, 9, 10, 2 })
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, TelnyxMessages.Media(chunk, Convert.ToBase64String([(byte)chunk])));
        }

        await LoopbackWebSocket.SendTextAsync(loopback.Client, TelnyxMessages.Stop);
        while (await events.MoveNextAsync())
        {
            order.Add(events.Current switch
            {
                MediaEvent media => media.Chunk.ToString(),
                MediaGapEvent gap => $"gap {gap.FirstMissingChunk}+{gap.MissingChunks}",
                var other => other.GetType().Name,
            });
        }

        Assert.Equal(["ConnectedEvent", "StartEvent", "1", "2", "3", "4", "5", "gap 6+1", "7", "8", "9", "10", "StopEvent"], order);
        Assert.Equal(MediaStreamProvider.Telnyx, session.Provider);
        Assert.Equal(1, session.MissingChunks);
        Assert.Equal(1, session.LateChunks);
        Assert.Equal(MarkOutcome.StreamEnded, await mark);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Telnyx_dtmf_follows_the_audio_received_before_it_and_digits_come_in_the_order_pressed()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        string[] provider =
        [
            TelnyxMessages.Start(), TelnyxMessages.Media(1, "AA=="), TelnyxMessages.Media(3, "AA=="), TelnyxMessages.DtmfAt("2", "2025-06-05T08:54:20.100Z"),
            TelnyxMessages.Media(2, "AA=="), TelnyxMessages.DtmfAt("1", "2025-06-05T08:54:19.698408Z"),
            TelnyxMessages.Media(4, "AA=="), TelnyxMessages.Media(5, "AA=="), TelnyxMessages.Media(6, "AA=="), TelnyxMessages.Stop,
        ];
        foreach (string message in provider)
        {
            await LoopbackWebSocket.SendTextAsync(loopback.Client, message);
        }

        List<MediaStreamEvent> events = await MediaStreamSessionTests.ReadAllAsync(session);

        Assert.Equal(
            ["StartEvent", "1", "2", "3", "dtmf 1", "dtmf 2", "4", "5", "6", "StopEvent"],
            events.Select(e => e switch
            {
                MediaEvent media => media.Chunk.ToString(),
                DtmfEvent dtmf => "dtmf " + dtmf.Digit,
                var other => other.GetType().Name,
            }));
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Signalwire_l16_at_16_khz_goes_out_in_20_ms_frames_of_320_samples_and_dtmf_can_be_sent()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, SignalWireMessages.Connected);
        await MediaStreamSessionTests.StartAsync(loopback, session, SignalWireMessages.Start("audio/x-L16", 16000));
        short[] pcm = Enumerable.Range(0, 500).Select(i => (short)(i * 60 - 15000)).ToArray();

        await session.SendAudioAsync(pcm);
        await session.SendDtmfAsync('7');

        List<ProviderMessage> sent = await SessionPlaybackTests.ReceiveUntilAsync(loopback, "dtmf");
        Assert.Equal(MediaStreamProvider.SignalWire, session.Provider);
        Assert.Equal([640, 360], sent.Where(m => m.Event == "media").Select(m => m.Payload.Length));
        short[] decoded = new short[500];
        L16.Decode(sent[0].Payload.Concat(sent[1].Payload).ToArray(), decoded);
        Assert.Equal(pcm, decoded);
        Assert.Equal($$$"""{"event":"dtmf","streamSid":"{{{SignalWireMessages.StreamSid}}}","dtmf":{"digit":"7"}}""", sent[^1].Json);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }

    [Fact(Timeout = Timeout)]
    public async Task Dtmf_is_refused_on_twilio_before_anything_goes_on_the_wire()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await MediaStreamSessionTests.StartAsync(loopback, session);

        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendDtmfAsync('1'));
        Assert.Equal("digit", Assert.Throws<ArgumentException>(() => { _ = session.SendDtmfAsync('x'); }).ParamName);
        Task<MarkOutcome> mark = session.SendMarkAsync("after");

        Assert.Equal("mark", (await SessionPlaybackTests.ReceiveAsync(loopback)).Event);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(MarkOutcome.StreamEnded, await mark);
    }
}
