using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>
/// A real WebSocket connection over TCP loopback: <see cref="HttpListener"/> accepts, <see cref="ClientWebSocket"/>
/// connects. Either end can play the provider or the application.
/// </summary>
internal sealed class LoopbackWebSocket : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly HttpListenerContext _serverContext;

    private LoopbackWebSocket(HttpListener listener, HttpListenerContext serverContext, WebSocket server, ClientWebSocket client)
    {
        _listener = listener;
        _serverContext = serverContext;
        Server = server;
        Client = client;
    }

    /// <summary>The accepted end.</summary>
    public WebSocket Server { get; }

    /// <summary>The connecting end.</summary>
    public ClientWebSocket Client { get; }

    public static async Task<LoopbackWebSocket> ConnectAsync()
    {
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{FreePort()}/");
        listener.Start();
        Task<HttpListenerContext> accept = listener.GetContextAsync();
        var client = new ClientWebSocket();
        Task connect = client.ConnectAsync(new Uri(listener.Prefixes.Single().Replace("http", "ws") + "media"), CancellationToken.None);
        HttpListenerContext context = await accept;
        HttpListenerWebSocketContext server = await context.AcceptWebSocketAsync(subProtocol: null);
        await connect;
        return new LoopbackWebSocket(listener, context, server.WebSocket, client);
    }

    /// <summary>
    /// Drops the TCP connection on the server side, as a web server does when the request ends after the close
    /// handshake. A client socket waits for this (up to 1 s) once the close frames have been exchanged.
    /// </summary>
    public void EndServerConnection()
    {
        Server.Dispose();
        _serverContext.Response.Abort();
    }

    /// <summary>Sends one text message, split into frames of at most <paramref name="frameSize"/> bytes.</summary>
    public static async Task SendTextAsync(WebSocket socket, string json, int frameSize = int.MaxValue)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        int offset = 0;
        do
        {
            int count = Math.Min(frameSize, bytes.Length - offset);
            await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == bytes.Length, CancellationToken.None);
            offset += count;
        }
        while (offset < bytes.Length);
    }

    /// <summary>Receives one whole text message; null when the peer's close frame comes instead.</summary>
    public static async Task<string?> ReceiveTextAsync(WebSocket socket)
    {
        var message = new System.IO.MemoryStream();
        byte[] buffer = new byte[1024];
        while (true)
        {
            ValueWebSocketReceiveResult result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            Assert.Equal(WebSocketMessageType.Text, result.MessageType);
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        Server.Dispose();
        _listener.Close();
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
