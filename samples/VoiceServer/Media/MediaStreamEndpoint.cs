using System.Net.WebSockets;
using MarkupDsl.MediaStreams;
using Microsoft.Extensions.Options;

namespace VoiceServer.Media;

/// <summary><c>/media</c>: accepts the provider's WebSocket and runs an <see cref="EchoCall"/> on it.</summary>
public sealed class MediaStreamEndpoint
{
    private readonly CallLog _calls;
    private readonly VoiceServerOptions _options;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<EchoCall> _logger;

    /// <summary>Creates the endpoint.</summary>
    /// <param name="calls">Where finished calls are recorded.</param>
    /// <param name="options">The server's options (recordings folder).</param>
    /// <param name="lifetime">Its stopping token ends open streams with a normal close.</param>
    /// <param name="logger">The calls' log.</param>
    public MediaStreamEndpoint(CallLog calls, IOptions<VoiceServerOptions> options, IHostApplicationLifetime lifetime, ILogger<EchoCall> logger)
    {
        _calls = calls;
        _options = options.Value;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>Handles one request to <c>/media</c>.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes when the stream has ended and its socket is closed (then the call is logged).</returns>
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
        await using var session = new MediaStreamSession(socket);
        try
        {
            CallRecord? call = await new EchoCall(session, _options.RecordingsDirectory, _logger).RunAsync(_lifetime.ApplicationStopping);
            await session.DisposeAsync();
            if (call is not null)
            {
                _calls.Add(call);
            }
        }
        catch (OperationCanceledException) when (_lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Shutting down: the session has closed the socket with a normal closure.
        }
    }
}
