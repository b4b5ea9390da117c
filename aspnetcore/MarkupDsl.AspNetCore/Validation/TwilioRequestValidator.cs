using System;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Checks Twilio's <c>X-Twilio-Signature</c> (see <see cref="TwilioSignature"/>) with the configured auth token: on
/// webhooks over the full URL and, for a form POST, the form fields; on Media Streams upgrades over the
/// <c>wss://</c> URL alone. Registered by <see cref="RequestValidationServiceCollectionExtensions.AddTwilioRequestValidation"/>.
/// </summary>
public sealed class TwilioRequestValidator : ProviderRequestValidator
{
    private readonly IOptionsMonitor<TwilioRequestValidationOptions> _options;

    /// <summary>Creates a validator; resolved from dependency injection.</summary>
    /// <param name="options">Supplies the auth token.</param>
    /// <param name="logger">Receives one warning per rejected request.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TwilioRequestValidator(IOptionsMonitor<TwilioRequestValidationOptions> options, ILogger<TwilioRequestValidator> logger)
        : base(logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <inheritdoc/>
    public override MediaStreamProvider Provider => MediaStreamProvider.Twilio;

    internal override async ValueTask<string?> CheckWebhookAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        return Check(request, request.GetEncodedUrl(), await ReadFormAsync(request, cancellationToken).ConfigureAwait(false));
    }

    internal override string? CheckWebSocketUpgrade(HttpRequest request) => Check(request, WebSocketUrl(request), FormCollection.Empty);

    private string? Check(HttpRequest request, string url, IFormCollection parameters)
    {
        string? signature = request.Headers[TwilioSignature.HeaderName];
        if (string.IsNullOrEmpty(signature))
        {
            return "no " + TwilioSignature.HeaderName + " header";
        }

        return TwilioSignature.Matches(_options.CurrentValue.AuthToken, url, parameters, signature)
            ? null
            : "the signature does not match the URL and parameters";
    }
}
