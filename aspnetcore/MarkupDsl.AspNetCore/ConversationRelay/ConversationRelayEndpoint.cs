using System;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.AspNetCore.WebSockets;
using MarkupDsl.ConversationRelay;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.ConversationRelay;

/// <summary>
/// One <c>MapConversationRelay</c> endpoint: refuses what is not a WebSocket upgrade (400) or not a registered
/// provider's (403), accepts the socket, runs the handler on a <see cref="ConversationRelaySession"/>, and closes:
/// 1000 when the handler returns or the app stops, 1011 when it throws. Logs the session's setup, end and failures.
/// </summary>
internal sealed partial class ConversationRelayEndpoint
{
    private readonly Func<ConversationRelaySession, HttpContext, CancellationToken, Task> _handler;
    private readonly IOptionsMonitor<ConversationRelayOptions> _options;
    private readonly ProviderWebSocketGate _gate;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IMeterFactory? _meterFactory;
    private readonly ILogger _logger;

    public ConversationRelayEndpoint(IServiceProvider services, Func<ConversationRelaySession, HttpContext, CancellationToken, Task> handler)
    {
        _handler = handler;
        _options = services.GetRequiredService<IOptionsMonitor<ConversationRelayOptions>>();
        _lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        _meterFactory = services.GetService<IMeterFactory>();
        _logger = services.GetRequiredService<ILogger<ConversationRelayEndpoint>>();
        _gate = new ProviderWebSocketGate(services.GetServices<ProviderRequestValidator>().Where(v => v.Provider is MediaStreamProvider.Twilio or MediaStreamProvider.Telnyx), _logger);

        // Checked here too for an app that configured the options without AddConversationRelay (no start-up
        // validation): a bad setting then fails MapConversationRelay rather than every call.
        ConversationRelayOptions current = _options.CurrentValue;
        if (new ConversationRelayOptionsValidator().Validate(Options.DefaultName, current) is { Failed: true } invalid)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(ConversationRelayOptions), invalid.Failures);
        }

        if (current.ValidateRequests && !_gate.HasValidators)
        {
            throw new InvalidOperationException(
                "MapConversationRelay accepts only upgrades that carry a provider's signature or token, and no ConversationRelay provider's request validation is registered: " +
                "call services.AddTwilioRequestValidation() or AddTelnyxRequestValidation(), " +
                "or set ConversationRelayOptions.ValidateRequests to false where something else authenticates the provider.");
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        ConversationRelayOptions options = _options.CurrentValue;
        if (!_gate.Admits(context, options.ValidateRequests, ToMediaStreamProvider(options.Session.Provider)))
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
        var session = new ConversationRelaySession(socket, options.Session, _meterFactory);
        TimeProvider clock = options.Session.TimeProvider;
        long begun = clock.GetTimestamp();
        Task setupLogged = LogSetupAsync(session, request.Path);
        string reason;
        try
        {
            await _handler(session, context, aborted.Token).ConfigureAwait(false);
            reason = session.IsEnded ? "SocketClosed" : "HandlerReturned";
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
            LogHandlerFailed(e, request.Path, session.Setup?.SessionId);
            await session.CloseAsync(WebSocketCloseStatus.InternalServerError, "The application failed.").ConfigureAwait(false);
        }

        // The session is closed, so its setup is known by now if it was read at all: log it first.
        await setupLogged.ConfigureAwait(false);
        LogEnded(session.Setup?.SessionId, session.Setup?.CallSid, reason, session.MessagesReceived, session.MessagesSent,
            clock.GetElapsedTime(begun).TotalMilliseconds);
    }

    /// <summary>The provider whose request validation checks the upgrade: ConversationRelay's two are Media Streams providers too.</summary>
    private static MediaStreamProvider ToMediaStreamProvider(ConversationRelayProvider provider) => provider switch
    {
        ConversationRelayProvider.Twilio => MediaStreamProvider.Twilio,
        ConversationRelayProvider.Telnyx => MediaStreamProvider.Telnyx,
        _ => MediaStreamProvider.Unknown,
    };

    private async Task LogSetupAsync(ConversationRelaySession session, string path)
    {
        if (await session.WhenSetUp.ConfigureAwait(false) is { } setup)
        {
            LogSetUp(path, setup.Provider, setup.SessionId, setup.CallSid, setup.From, setup.To);
        }
    }

    [LoggerMessage(EventId = 20, EventName = "ConversationRelayStarted", Level = LogLevel.Information,
        Message = "ConversationRelay session {SessionId} on {Path} set up: {Provider} call {CallSid} from {From} to {To}.")]
    private partial void LogSetUp(string path, ConversationRelayProvider provider, string? sessionId, string? callSid, string? from, string? to);

    [LoggerMessage(EventId = 21, EventName = "ConversationRelayEnded", Level = LogLevel.Information,
        Message = "ConversationRelay session {SessionId} of call {CallSid} ended ({Reason}) after {DurationMs:F0} ms: {MessagesReceived} messages received, {MessagesSent} sent.")]
    private partial void LogEnded(string? sessionId, string? callSid, string reason, long messagesReceived, long messagesSent, double durationMs);

    [LoggerMessage(EventId = 22, EventName = "ConversationRelayHandlerFailed", Level = LogLevel.Error,
        Message = "The ConversationRelay handler on {Path} failed on session {SessionId}; closing the socket with 1011.")]
    private partial void LogHandlerFailed(Exception exception, string path, string? sessionId);



}
