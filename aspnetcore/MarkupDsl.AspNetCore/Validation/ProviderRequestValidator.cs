using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Checks that a request comes from a voice provider: a webhook by its signature, a Media Streams WebSocket upgrade
/// by its signature or token. Each rejected request is logged as a warning (<c>Rejected {Method} {Url} with 403:
/// {Reason}.</c>), and the caller answers 403, as the endpoint filters, the MVC attributes and
/// <see cref="MediaStreams.MediaStreamEndpointRouteBuilderExtensions"/> do.
/// </summary>
/// <remarks>
/// URLs are rebuilt from <see cref="HttpRequest.Scheme"/>, <see cref="HttpRequest.Host"/>, the path base, path and
/// query string. Behind a proxy that terminates TLS, run ASP.NET Core's forwarded headers middleware
/// (<c>app.UseForwardedHeaders()</c>) first so that the scheme and host are the ones the provider requested.
/// </remarks>
public abstract partial class ProviderRequestValidator
{
    private readonly ILogger _logger;

    private protected ProviderRequestValidator(ILogger logger)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The provider whose requests this validator accepts.</summary>
    public abstract MediaStreamProvider Provider { get; }

    /// <summary>Validates a webhook request, logging a warning when it is refused.</summary>
    /// <param name="request">The request; a body the check needs is read (and kept for the endpoint).</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>True when the request is the provider's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The provider's options fail validation.</exception>
    public async Task<bool> IsValidWebhookAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? failure = await CheckWebhookAsync(request, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            LogRejected(request.Method, request.GetEncodedUrl(), failure);
        }

        return failure is null;
    }

    /// <summary>Validates a Media Streams WebSocket upgrade, logging a warning when it is refused.</summary>
    /// <param name="request">The upgrade request.</param>
    /// <returns>True when the request is the provider's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The provider's options fail validation.</exception>
    public bool IsValidWebSocketUpgrade(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? failure = CheckWebSocketUpgrade(request);
        if (failure is not null)
        {
            LogRejected(request.Method, WebSocketUrl(request), failure);
        }

        return failure is null;
    }

    /// <summary>Checks a webhook without logging.</summary>
    /// <returns><see langword="null"/> when valid, else why not (for the log line).</returns>
    internal abstract ValueTask<string?> CheckWebhookAsync(HttpRequest request, CancellationToken cancellationToken);

    /// <summary>Checks a WebSocket upgrade without logging.</summary>
    /// <returns><see langword="null"/> when valid, else why not (for the log line).</returns>
    internal abstract string? CheckWebSocketUpgrade(HttpRequest request);

    /// <summary>The form fields of a form POST, read (and cached for the endpoint); none for other requests.</summary>
    private protected static async ValueTask<IFormCollection> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken) =>
        request.HasFormContentType ? await request.ReadFormAsync(cancellationToken).ConfigureAwait(false) : FormCollection.Empty;

    /// <summary>
    /// The raw body, read with buffering on so that the endpoint can still read it (from the start) after the check.
    /// </summary>
    private protected static async ValueTask<MemoryStream> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        request.Body.Position = 0;
        return body;
    }

    /// <summary>Checks a secret the request presents (a header value) against the configured one, in constant time.</summary>
    /// <returns><see langword="null"/> when they match, else why not (for the log line).</returns>
    private protected static string? CheckSecret(string configured, string? presented, string notConfigured, string missing, string mismatch)
    {
        if (configured.Length == 0)
        {
            return notConfigured;
        }

        if (string.IsNullOrEmpty(presented))
        {
            return missing;
        }

        return SecretComparison.AreEqual(configured, presented) ? null : mismatch;
    }

    /// <summary>The URL the provider requested for an upgrade: <c>wss://</c> (<c>ws://</c> when the request is not HTTPS).</summary>
    internal static string WebSocketUrl(HttpRequest request) =>
        UriHelper.BuildAbsolute(request.IsHttps ? "wss" : "ws", request.Host, request.PathBase, request.Path, request.QueryString);

    [LoggerMessage(EventId = 1, EventName = "RequestRejected", Level = LogLevel.Warning,
        Message = "Rejected {Method} {Url} with 403: {Reason}.")]
    private partial void LogRejected(string method, string url, string reason);
}
