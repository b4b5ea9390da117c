using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Checks the <c>X-Twilio-Signature</c> of incoming requests against the URL rebuilt from the request and the
/// configured auth token, and logs a warning for each rejected request, which the caller answers with 403 (as
/// <see cref="TwilioEndpointConventionBuilderExtensions.RequireTwilioSignature"/> and
/// <see cref="ValidateTwilioSignatureAttribute"/> do). Registered by
/// <see cref="TwilioValidationServiceCollectionExtensions.AddTwilioRequestValidation"/>.
/// </summary>
/// <remarks>
/// The URL is rebuilt from <see cref="HttpRequest.Scheme"/>, <see cref="HttpRequest.Host"/>, the path base, path and
/// query string. Behind a proxy that terminates TLS, run ASP.NET Core's forwarded headers middleware
/// (<c>app.UseForwardedHeaders()</c>) first so that the scheme and host are the ones Twilio requested.
/// </remarks>
public sealed partial class TwilioRequestValidator
{
    private readonly IOptionsMonitor<TwilioRequestValidationOptions> _options;
    private readonly ILogger<TwilioRequestValidator> _logger;

    /// <summary>Creates a validator; resolved from dependency injection.</summary>
    /// <param name="options">Supplies the auth token.</param>
    /// <param name="logger">Receives one warning per rejected request.</param>
    public TwilioRequestValidator(IOptionsMonitor<TwilioRequestValidationOptions> options, ILogger<TwilioRequestValidator> logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Validates a webhook request: the signature over the full URL and, for a form POST, its form fields.</summary>
    /// <param name="request">The request; a form body is read (and cached for the endpoint).</param>
    /// <param name="cancellationToken">Cancels reading the form.</param>
    /// <returns>True when the signature matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="OptionsValidationException">The options fail validation (no auth token).</exception>
    public async Task<bool> IsValidWebhookAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string url = request.GetEncodedUrl();
        IFormCollection form = request.HasFormContentType
            ? await request.ReadFormAsync(cancellationToken).ConfigureAwait(false)
            : FormCollection.Empty;
        return Check(request, url, form);
    }

    /// <summary>
    /// Validates a Media Streams WebSocket upgrade: the signature over the <c>wss://</c> URL (<c>ws://</c> when the
    /// request is not HTTPS) with no parameters.
    /// </summary>
    /// <param name="request">The upgrade request.</param>
    /// <returns>True when the signature matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="OptionsValidationException">The options fail validation (no auth token).</exception>
    public bool IsValidWebSocketUpgrade(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string url = UriHelper.BuildAbsolute(request.IsHttps ? "wss" : "ws", request.Host, request.PathBase, request.Path, request.QueryString);
        return Check(request, url, FormCollection.Empty);
    }

    private bool Check(HttpRequest request, string url, IFormCollection parameters)
    {
        string? signature = request.Headers[TwilioSignature.HeaderName];
        if (string.IsNullOrEmpty(signature))
        {
            LogRejected(request.Method, url, "no " + TwilioSignature.HeaderName + " header");
            return false;
        }
        if (!TwilioSignature.Matches(_options.CurrentValue.AuthToken, url, parameters, signature))
        {
            LogRejected(request.Method, url, "the signature does not match the URL and parameters");
            return false;
        }
        return true;
    }

    [LoggerMessage(EventId = 1, EventName = "TwilioRequestRejected", Level = LogLevel.Warning,
        Message = "Rejected {Method} {Url} with 403: {Reason}.")]
    private partial void LogRejected(string method, string url, string reason);
}
