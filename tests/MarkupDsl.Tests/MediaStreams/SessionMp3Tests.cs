using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using MarkupDsl.MediaStreams.Session;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Telnyx <c>bidirectionalMode="mp3"</c>: whole MP3 files as media payloads, at most one a second.</summary>
public class SessionMp3Tests
{
    private const int Timeout = 20_000;

    private static readonly MediaStreamSessionOptions Mp3Mode = new() { TelnyxBidirectionalMode = TelnyxBidirectionalMode.Mp3 };

    [Fact(Timeout = Timeout)]
    public async Task Sends_each_mp3_file_whole_as_one_media_message_without_a_stream_id()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, Mp3Mode);
        await MediaStreamSessionTests.StartAsync(loopback, session, TelnyxMessages.Start());
        byte[] first = Mp3File(5000, seed: 1);
        byte[] second = Mp3File(700, seed: 2);

        await session.SendMp3Async(first);
        await session.SendMp3Async(second);
        Task<MarkOutcome> mark = session.SendMarkAsync("played");

        Assert.Equal($$$"""{"event":"media","media":{"payload":"{{{Convert.ToBase64String(first)}}}"}}""", (await SessionPlaybackTests.ReceiveAsync(loopback)).Json);
        Assert.Equal(second, (await SessionPlaybackTests.ReceiveAsync(loopback)).Payload);
        Assert.Equal("""{"event":"mark","mark":{"name":"played"}}""", (await SessionPlaybackTests.ReceiveAsync(loopback)).Json);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(MarkOutcome.StreamEnded, await mark);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_clear_drops_the_files_waiting_for_their_second()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var clock = new WatchedClock();
        var session = new MediaStreamSession(loopback.Server, new MediaStreamSessionOptions { TelnyxBidirectionalMode = TelnyxBidirectionalMode.Mp3, TimeProvider = clock });
        await MediaStreamSessionTests.StartAsync(loopback, session, TelnyxMessages.Start());

        // Four files need three seconds on the wire; the clear comes while the second waits for its second.
        for (int file = 0; file < 4; file++)
        {
            await session.SendMp3Async(Mp3File(400, file));
        }

        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1));
        await session.ClearAsync();
        Task<MarkOutcome> mark = session.SendMarkAsync("after-clear");

        List<ProviderMessage> sent = await SessionPlaybackTests.ReceiveUntilAsync(loopback, "mark");
        Assert.Equal(["media", "clear", "mark"], sent.Select(m => m.Event));
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(MarkOutcome.StreamEnded, await mark);
        Assert.Equal(0, session.PooledBuffersOutstanding);
    }

    [Fact(Timeout = Timeout)]
    public async Task Refuses_frames_in_mp3_mode_and_mp3_elsewhere_before_anything_goes_on_the_wire()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server, Mp3Mode);
        await MediaStreamSessionTests.StartAsync(loopback, session, TelnyxMessages.Start());

        Assert.Throws<InvalidOperationException>(() => { _ = session.SendAudioAsync(new short[160]); });
        await Assert.ThrowsAsync<InvalidOperationException>(() => session.SendEncodedAudioAsync(new byte[160]));
        Assert.Equal("mp3", Assert.Throws<ArgumentException>(() => { _ = session.SendMp3Async(new byte[] { 0x52, 0x49, 0x46, 0x46 }); }).ParamName);
        Task<MarkOutcome> mark = session.SendMarkAsync("first");

        Assert.Equal("mark", (await SessionPlaybackTests.ReceiveAsync(loopback)).Event);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(MarkOutcome.StreamEnded, await mark);
    }

    [Theory(Timeout = Timeout)]
    [InlineData(TwilioMessages.Start)]
    [InlineData(null)]
    public async Task Refuses_mp3_on_twilio_and_on_a_telnyx_stream_in_rtp_mode(string? start)
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var session = new MediaStreamSession(loopback.Server);
        await MediaStreamSessionTests.StartAsync(loopback, session, start ?? TelnyxMessages.Start());

        var refused = Assert.Throws<InvalidOperationException>(() => { _ = session.SendMp3Async(Mp3File(100, 0)); });

        Assert.Contains("bidirectionalMode=\"mp3\"", refused.Message);
        Task<MarkOutcome> mark = session.SendMarkAsync("first");
        Assert.Equal("mark", (await SessionPlaybackTests.ReceiveAsync(loopback)).Event);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
        Assert.Equal(MarkOutcome.StreamEnded, await mark);
    }

    [Fact]
    public void Paces_each_slot_one_interval_after_the_previous_and_never_before_it_is_asked_for()
    {
        var pace = new SendPace(interval: 1000);

        long[] slots = [pace.Book(now: 0), pace.Book(now: 0), pace.Book(now: 1500), pace.Book(now: 5000), pace.Book(now: 5000)];

        Assert.Equal([0, 1000, 2000, 5000, 6000], slots);
    }

    /// <summary>Bytes that start like an MP3 file (an ID3v2 tag header), then noise.</summary>
    private static byte[] Mp3File(int length, int seed)
    {
        byte[] file = new byte[length];
        new Random(seed).NextBytes(file);
        "ID3"u8.CopyTo(file);
        return file;
    }
}
