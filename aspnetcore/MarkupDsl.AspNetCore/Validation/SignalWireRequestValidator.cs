using System;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Checks SignalWire's requests: webhooks by <c>X-SignalWire-Signature</c> (or its alias <c>X-Twilio-Signature</c>),
/// Twilio's scheme (<see cref="TwilioSignature"/>) keyed by the signing key; Media Streams upgrades by the
/// <c>Authorization: Bearer</c> token the <c>&lt;Stream&gt;</c> was given. Registered by
/// <see cref="RequestValidationServiceCollectionExtensions.AddSignalWireRequestValidation"/>.
/// </summary>
/// <remarks>Source: SignalWire, "Securing your webhooks" (compatibility API) and "cXML Stream" (<c>authBearerToken</c>).</remarks>
public sealed class SignalWireRequestValidator : ProviderRequestValidator
{
    /// <summary>The request header that carries SignalWire's webhook signature.</summary>
    public const string SignatureHeaderName = "X-SignalWire-Signature";

    private const string BearerPrefix = "Bearer ";

    private readonly IOptionsMonitor<SignalWireRequestValidationOptions> _options;

    /// <summary>Creates a validator; resolved from dependency injection.</summary>
    /// <param name="options">Supplies the signing key and the stream's bearer token.</param>
    /// <param name="logger">Receives one warning per rejected request.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SignalWireRequestValidator(IOptionsMonitor<SignalWireRequestValidationOptions> options, ILogger<SignalWireRequestValidator> logger)
        : base(logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <inheritdoc/>
    public override MediaStreamProvider Provider => MediaStreamProvider.SignalWire;

    internal override async ValueTask<string?> CheckWebhookAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? signature = request.Headers[SignatureHeaderName];
        if (string.IsNullOrEmpty(signature))
        {
            signature = request.Headers[TwilioSignature.HeaderName];
        }

        if (string.IsNullOrEmpty(signature))
        {
            return $"no {SignatureHeaderName} (or {TwilioSignature.HeaderName}) header";
        }

        IFormCollection form = await ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
        return TwilioSignature.Matches(_options.CurrentValue.SigningKey, request.GetEncodedUrl(), form, signature)
            ? null
            : "the signature does not match the URL and parameters";
    }

    internal override string? CheckWebSocketUpgrade(HttpRequest request)
    {
        string? authorization = request.Headers[HeaderNames.Authorization];
        string? token = authorization is not null && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
        return CheckSecret(
            _options.CurrentValue.StreamBearerToken,
            token,
            "no SignalWire StreamBearerToken is configured to check the stream's Authorization header against",
            "no Authorization: Bearer header",
            "the bearer token does not match");
    }
}
