using System;
using System.Linq;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.Tests.MediaStreams;
using MarkupDsl.WebSockets;

namespace MarkupDsl.Tests.WebSockets;

/// <summary>Whole messages out of WebSocket frames, under a size limit, over a real loopback connection.</summary>
public class WebSocketMessageReceiverTests
{
    private const int Timeout = 20_000;

    [Fact(Timeout = Timeout)]
    public async Task Assembles_a_message_sent_in_many_frames_into_one()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var receiver = new WebSocketMessageReceiver(loopback.Server, maxMessageSize: 64 * 1024);
        string text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"{i},"));

        await LoopbackWebSocket.SendTextAsync(loopback.Client, text, frameSize: 100);

        Assert.Equal(ReceivedMessageKind.Text, await receiver.ReceiveAsync());
        Assert.Equal(text, Encoding.UTF8.GetString(receiver.Message));
    }

    [Fact(Timeout = Timeout)]
    public async Task Keeps_a_message_of_exactly_the_limit()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var receiver = new WebSocketMessageReceiver(loopback.Server, maxMessageSize: 1024);

        await LoopbackWebSocket.SendTextAsync(loopback.Client, new string('a', 1024), frameSize: 300);

        Assert.Equal(ReceivedMessageKind.Text, await receiver.ReceiveAsync());
        Assert.Equal(1024, receiver.Message.Length);
    }

    [Fact(Timeout = Timeout)]
    public async Task Reads_a_message_over_the_limit_to_its_end_reports_it_and_takes_the_next_whole()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var receiver = new WebSocketMessageReceiver(loopback.Server, maxMessageSize: 1024);

        await LoopbackWebSocket.SendTextAsync(loopback.Client, new string('a', 5000), frameSize: 700);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, "next");

        Assert.Equal(ReceivedMessageKind.TooLarge, await receiver.ReceiveAsync());
        Assert.Equal(0, receiver.Message.Length);
        Assert.Equal(ReceivedMessageKind.Text, await receiver.ReceiveAsync());
        Assert.Equal("next", Encoding.UTF8.GetString(receiver.Message));
    }

    [Fact(Timeout = Timeout)]
    public async Task Tells_binary_from_text()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var receiver = new WebSocketMessageReceiver(loopback.Server, maxMessageSize: 1024);

        await loopback.Client.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, endOfMessage: true, CancellationToken.None);

        Assert.Equal(ReceivedMessageKind.Binary, await receiver.ReceiveAsync());
        Assert.Equal([1, 2, 3], receiver.Message.ToArray());
    }

    [Fact(Timeout = Timeout)]
    public async Task Reports_the_peers_close_and_a_lost_connection()
    {
        await using var closing = await LoopbackWebSocket.ConnectAsync();
        await using var vanishing = await LoopbackWebSocket.ConnectAsync();

        Task close = closing.Client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        vanishing.Client.Abort();
        vanishing.Client.Dispose();

        Assert.Equal(ReceivedMessageKind.Closed, await new WebSocketMessageReceiver(closing.Server, 1024).ReceiveAsync());
        Assert.Equal(ReceivedMessageKind.Lost, await new WebSocketMessageReceiver(vanishing.Server, 1024).ReceiveAsync());
        await close;
    }

    [Fact]
    public void Refuses_a_limit_below_one_byte() =>
        Assert.Equal("maxMessageSize", Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketMessageReceiver(new ClientWebSocket(), 0)).ParamName);
}
