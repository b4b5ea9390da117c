using System;
using System.Collections.Generic;
using System.Linq;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MarkupDsl.AspNetCore.WebSockets;

/// <summary>
/// The way into a provider's WebSocket endpoint (<c>MapMediaStream</c>, <c>MapConversationRelay</c>): answers 400 to
/// what is not a WebSocket upgrade and 403 to an upgrade that no registered provider's validator accepts, and logs
/// each refusal under the endpoint's own category.
/// </summary>
internal sealed partial class ProviderWebSocketGate
{
    private readonly ProviderRequestValidator[] _validators;
    private readonly ILogger _logger;

    /// <param name="validators">The validators that may accept an upgrade.</param>
    /// <param name="logger">The endpoint's logger.</param>
    public ProviderWebSocketGate(IEnumerable<ProviderRequestValidator> validators, ILogger logger)
    {
        _validators = [.. validators];
        _logger = logger;
    }

    /// <summary>Whether any provider's validator is registered.</summary>
    public bool HasValidators => _validators.Length > 0;

    /// <summary>
    /// Whether the request is a WebSocket upgrade to accept; when not, the response's status is set (400 or 403) and
    /// the refusal logged.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="validate">Whether the upgrade must carry a provider's signature or token.</param>
    /// <param name="stated">The provider the endpoint is set for, or <see cref="MediaStreamProvider.Unknown"/> for any registered one.</param>
    public bool Admits(HttpContext context, bool validate, MediaStreamProvider stated)
    {
        HttpRequest request = context.Request;
        if (!context.WebSockets.IsWebSocketRequest)
        {
            if (request.Headers.Upgrade.Any(value => string.Equals(value, "websocket", StringComparison.OrdinalIgnoreCase)))
            {
                LogWebSocketsMiddlewareMissing(request.Path);
            }
            else
            {
                LogNotWebSocket(request.Method, request.Path);
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return false;
        }

        if (validate && !IsFromProvider(request, stated))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return false;
        }

        return true;
    }

    /// <summary>Whether a registered validator (of the stated provider, when there is one) accepts the upgrade; logs the refusal.</summary>
    private bool IsFromProvider(HttpRequest request, MediaStreamProvider stated)
    {
        List<string> failures = [];
        foreach (ProviderRequestValidator validator in _validators)
        {
            if (stated != MediaStreamProvider.Unknown && validator.Provider != stated)
            {
                continue;
            }

            if (validator.CheckWebSocketUpgrade(request) is not { } failure)
            {
                return true;
            }

            failures.Add($"{validator.Provider}: {failure}");
        }

        LogUpgradeRefused(request.Method, ProviderRequestValidator.WebSocketUrl(request),
            failures.Count > 0 ? string.Join("; ", failures) : $"no {stated} request validation is registered");
        return false;
    }

    [LoggerMessage(EventId = 13, EventName = "WebSocketUpgradeRejected", Level = LogLevel.Warning,
        Message = "Rejected {Method} {Url} with 403: {Reason}.")]
    private partial void LogUpgradeRefused(string method, string url, string reason);

    [LoggerMessage(EventId = 14, EventName = "NotWebSocket", Level = LogLevel.Debug,
        Message = "Answered {Method} {Path} with 400: not a WebSocket upgrade.")]
    private partial void LogNotWebSocket(string method, string path);

    [LoggerMessage(EventId = 15, EventName = "WebSocketsMiddlewareMissing", Level = LogLevel.Warning,
        Message = "Answered the WebSocket upgrade to {Path} with 400: the WebSockets middleware is not in the pipeline; call app.UseWebSockets() before the endpoints.")]
    private partial void LogWebSocketsMiddlewareMissing(string path);
}
