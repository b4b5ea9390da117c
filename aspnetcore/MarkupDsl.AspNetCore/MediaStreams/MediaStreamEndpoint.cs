using System;
using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.AspNetCore.WebSockets;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>
/// One <c>MapMediaStream</c> endpoint: refuses what is not a WebSocket upgrade (400) or not a registered provider's
/// (403), accepts the socket, runs the handler on a <see cref="MediaStreamSession"/>, and closes: 1000 when the
/// handler returns or the app stops, 1011 when it throws. Logs the stream's start, stop and failures.
/// </summary>
internal sealed partial class MediaStreamEndpoint
{
    private readonly Func<MediaStreamSession, HttpContext, CancellationToken, Task> _handler;
    private readonly IOptionsMonitor<MediaStreamOptions> _options;
    private readonly ProviderWebSocketGate _gate;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IMeterFactory? _meterFactory;
    private readonly ILogger _logger;

    public MediaStreamEndpoint(IServiceProvider services, Func<MediaStreamSession, HttpContext, CancellationToken, Task> handler)
    {
        _handler = handler;
        _options = services.GetRequiredService<IOptionsMonitor<MediaStreamOptions>>();
        _lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        _meterFactory = services.GetService<IMeterFactory>();
        _logger = services.GetRequiredService<ILogger<MediaStreamEndpoint>>();
        _gate = new ProviderWebSocketGate(services.GetServices<ProviderRequestValidator>(), _logger);

        // Checked here too for an app that configured the options without AddMediaStreams (no start-up validation):
        // a bad setting then fails MapMediaStream rather than every call.
        MediaStreamOptions current = _options.CurrentValue;
        if (new MediaStreamOptionsValidator().Validate(Options.DefaultName, current) is { Failed: true } invalid)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(MediaStreamOptions), invalid.Failures);
        }

        if (current.ValidateRequests && !_gate.HasValidators)
        {
            throw new InvalidOperationException(
                "MapMediaStream accepts only upgrades that carry a provider's signature or token, and no provider's request validation is registered: " +
                "call services.AddTwilioRequestValidation(), AddSignalWireRequestValidation() or AddTelnyxRequestValidation(), " +
                "or set MediaStreamOptions.ValidateRequests to false where something else authenticates the provider.");
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        MediaStreamOptions options = _options.CurrentValue;
        if (!_gate.Admits(context, options.ValidateRequests, options.Session.Provider))
        {
            return;
        }

        HttpRequest request = context.Request;
        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _lifetime.ApplicationStopping);

        // Whichever fires first is the cause: a caller who hangs up while the app stops, or the reverse, is logged as such.
        string? cause = null;
        using CancellationTokenRegistration hungUp = context.RequestAborted.Register(() => Interlocked.CompareExchange(ref cause, "RequestAborted", null));
        using CancellationTokenRegistration stopping = _lifetime.ApplicationStopping.Register(() => Interlocked.CompareExchange(ref cause, "ApplicationStopping", null));
        var session = new MediaStreamSession(socket, options.Session, _meterFactory);
        TimeProvider clock = options.Session.TimeProvider;
        long begun = clock.GetTimestamp();
        Task startLogged = LogStartAsync(session, request.Path);
        Task dropsLogged = LogFirstDropAsync(session, request.Path, options.Session);
        string reason;
        try
        {
            await _handler(session, context, aborted.Token).ConfigureAwait(false);
            reason = session.Stop?.Reason.ToString() ?? "HandlerReturned";
            await session.DisposeAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            reason = Volatile.Read(ref cause) ?? "RequestAborted";
            await session.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            reason = "HandlerFailed";
            LogHandlerFailed(e, request.Path, session.Start?.StreamSid);
            await session.CloseAsync(WebSocketCloseStatus.InternalServerError, "The application failed.").ConfigureAwait(false);
        }

        // The session is closed, so its start is known by now if it was read at all: log it first.
        if (session.WhenStarted.IsCompleted)
        {
            await startLogged.ConfigureAwait(false);
        }

        await dropsLogged.ConfigureAwait(false);
        LogStopped(session.Start?.StreamSid, session.Start?.CallSid, reason, session.MediaFramesReceived, session.MediaFramesSent,
            session.DroppedEvents, clock.GetElapsedTime(begun).TotalMilliseconds);
    }

    private async Task LogStartAsync(MediaStreamSession session, string path)
    {
        if (await session.WhenStarted.ConfigureAwait(false) is { } start)
        {
            LogStarted(path, session.Provider, start.StreamSid, start.CallSid);
        }
    }

    /// <summary>Warns once, when the stream first loses an event to the drop policy: later drops are counted on the stop line.</summary>
    private async Task LogFirstDropAsync(MediaStreamSession session, string path, MediaStreamSessionOptions options)
    {
        if (await session.WhenEventsDropped.ConfigureAwait(false))
        {
            LogDroppingStarted(session.Start?.StreamSid, path, options.EventQueueCapacity, options.EventQueueFullMode);
        }
    }

    [LoggerMessage(EventId = 10, EventName = "MediaStreamStarted", Level = LogLevel.Information,
        Message = "Media stream {StreamSid} on {Path} started: {Provider} call {CallSid}.")]
    private partial void LogStarted(string path, MediaStreamProvider provider, string? streamSid, string? callSid);

    [LoggerMessage(EventId = 11, EventName = "MediaStreamStopped", Level = LogLevel.Information,
        Message = "Media stream {StreamSid} of call {CallSid} stopped ({Reason}) after {DurationMs:F0} ms: {FramesReceived} media frames received, {FramesSent} sent, {DroppedEvents} events dropped.")]
    private partial void LogStopped(string? streamSid, string? callSid, string reason, long framesReceived, long framesSent, long droppedEvents, double durationMs);

    [LoggerMessage(EventId = 12, EventName = "MediaStreamHandlerFailed", Level = LogLevel.Error,
        Message = "The Media Streams handler on {Path} failed on stream {StreamSid}; closing the socket with 1011.")]
    private partial void LogHandlerFailed(Exception exception, string path, string? streamSid);




    [LoggerMessage(EventId = 16, EventName = "MediaStreamDroppingEvents", Level = LogLevel.Warning,
        Message = "Media stream {StreamSid} on {Path} is dropping events: the handler fell {Capacity} events behind and EventQueueFullMode is {FullMode}. " +
            "An app that must lose no audio (a recorder) sets MediaStreamSessionOptions.EventQueueFullMode to Wait; the count is on the stop line.")]
    private partial void LogDroppingStarted(string? streamSid, string path, int capacity, System.Threading.Channels.BoundedChannelFullMode fullMode);
}
