using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MarkupDsl.AspNetCore.Tests.MediaStreams;

/// <summary>
/// A web app on real Kestrel, loopback, a free port, with WebSockets, Twilio validation (unless a test registers
/// its own providers) and fake logging; clients connect with <see cref="ClientWebSocket"/> as the provider would.
/// </summary>
internal sealed class StreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _authority;

    private StreamServer(WebApplication app, string authority)
    {
        _app = app;
        _authority = authority;
    }

    public IServiceProvider Services => _app.Services;

    public FakeLogCollector Logs => _app.Services.GetFakeLogCollector();

    public static async Task<StreamServer> StartAsync(Action<WebApplication> map, Action<IServiceCollection>? addServices = null, bool twilio = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders().AddFakeLogging();
        if (twilio)
        {
            builder.Services.AddTwilioRequestValidation().Configure(o => o.AuthToken = TestApp.AuthToken);
        }

        addServices?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseWebSockets();
        map(app);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StreamServer(app, new Uri(address).Authority);
    }

    public Uri Url(string path, string scheme = "ws") => new($"{scheme}://{_authority}{path}");

    /// <summary>Connects as Twilio does: the upgrade signed over its ws:// URL (the test server has no TLS).</summary>
    public Task<ClientWebSocket> ConnectSignedAsync(string path = "/media") =>
        ConnectAsync(path, (TwilioSignature.HeaderName, TwilioSignature.Compute(TestApp.AuthToken, Url(path).ToString(), [])));

    public async Task<ClientWebSocket> ConnectAsync(string path, params (string Name, string Value)[] headers)
    {
        var client = new ClientWebSocket();
        client.Options.CollectHttpResponseDetails = true;
        foreach (var (name, value) in headers)
        {
            client.Options.SetRequestHeader(name, value);
        }

        await client.ConnectAsync(Url(path), CancellationToken.None);
        return client;
    }

    /// <summary>Stops the app; it waits for the streams' requests to end, so their log lines are all written after.</summary>
    public Task StopAsync() => _app.StopAsync();

    public IReadOnlyList<FakeLogRecord> LogsOf(string category) =>
        [.. Logs.GetSnapshot().Where(record => record.Category == category)];

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>Receives one whole message: its text, or null with the close status when the server closed.</summary>
    public static async Task<(string? Text, WebSocketCloseStatus? CloseStatus)> ReceiveAsync(WebSocket socket)
    {
        var message = new List<byte>();
        byte[] buffer = new byte[4096];
        while (true)
        {
            ValueWebSocketReceiveResult result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (null, socket.CloseStatus);
            }

            message.AddRange(buffer.AsSpan(0, result.Count));
            if (result.EndOfMessage)
            {
                return (Encoding.UTF8.GetString([.. message]), null);
            }
        }
    }
}
