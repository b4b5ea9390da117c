using MarkupDsl.AspNetCore.MediaStreams;
using MarkupDsl.MediaStreams;
using Microsoft.Extensions.Options;

namespace VoiceServer.Media;

/// <summary><c>/media</c>: runs an <see cref="EchoCall"/> on each stream and records the call once its socket is closed.</summary>
public sealed class EchoStreamHandler : IMediaStreamHandler
{
    private readonly CallLog _calls;
    private readonly VoiceServerOptions _options;
    private readonly ILogger<EchoCall> _logger;

    /// <summary>Creates the handler; made for each stream by <c>MapMediaStream</c>.</summary>
    /// <param name="calls">Where finished calls are recorded.</param>
    /// <param name="options">The server's options (recordings folder).</param>
    /// <param name="logger">The calls' log.</param>
    public EchoStreamHandler(CallLog calls, IOptions<VoiceServerOptions> options, ILogger<EchoCall> logger)
    {
        _calls = calls;
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc/>
    public async Task HandleAsync(MediaStreamSession session, HttpContext context, CancellationToken cancellationToken)
    {
        CallRecord? call = await new EchoCall(session, _options.RecordingsDirectory, _logger).RunAsync(cancellationToken);

        // Closed here rather than by the endpoint afterwards, so that a recorded call's socket is closed.
        await session.DisposeAsync();
        if (call is not null)
        {
            _calls.Add(call);
        }
    }
}
