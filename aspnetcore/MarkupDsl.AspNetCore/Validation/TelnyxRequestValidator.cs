using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Checks Telnyx's requests: webhooks by their Ed25519 signature over timestamp and body (see
/// <see cref="TelnyxSignature"/>) and a timestamp within <see cref="TelnyxRequestValidationOptions.TimestampTolerance"/>;
/// Media Streams upgrades by the <c>x-telnyx-streaming-auth-token</c> header. Registered by
/// <see cref="RequestValidationServiceCollectionExtensions.AddTelnyxRequestValidation"/>.
/// </summary>
public sealed class TelnyxRequestValidator : ProviderRequestValidator
{
    /// <summary>The upgrade request header that carries the streaming auth token.</summary>
    public const string StreamingAuthTokenHeaderName = "x-telnyx-streaming-auth-token";

    private readonly IOptionsMonitor<TelnyxRequestValidationOptions> _options;
    private readonly TimeProvider _time;

    /// <summary>Creates a validator; resolved from dependency injection.</summary>
    /// <param name="options">Supplies the public key, the streaming token and the timestamp tolerance.</param>
    /// <param name="time">The clock timestamps are checked against.</param>
    /// <param name="logger">Receives one warning per rejected request.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TelnyxRequestValidator(IOptionsMonitor<TelnyxRequestValidationOptions> options, TimeProvider time, ILogger<TelnyxRequestValidator> logger)
        : base(logger)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    /// <inheritdoc/>
    public override MediaStreamProvider Provider => MediaStreamProvider.Telnyx;

    internal override async ValueTask<string?> CheckWebhookAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        TelnyxRequestValidationOptions options = _options.CurrentValue;
        if (options.PublicKey.Length == 0)
        {
            return "no Telnyx PublicKey is configured to verify webhook signatures with";
        }

        string? signature = request.Headers[TelnyxSignature.SignatureHeaderName];
        string? timestamp = request.Headers[TelnyxSignature.TimestampHeaderName];
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return $"no {TelnyxSignature.SignatureHeaderName} or no {TelnyxSignature.TimestampHeaderName} header";
        }

        if (!TelnyxSignature.IsFresh(timestamp, _time.GetUtcNow(), options.TimestampTolerance))
        {
            return $"the {TelnyxSignature.TimestampHeaderName} '{timestamp}' is not within {options.TimestampTolerance} of now";
        }

        // The signature covers the raw body.
        using MemoryStream body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
        return TelnyxSignature.Matches(Convert.FromBase64String(options.PublicKey), timestamp, body.GetBuffer().AsSpan(0, (int)body.Length), signature)
            ? null
            : "the signature does not match the timestamp and body";
    }

    internal override string? CheckWebSocketUpgrade(HttpRequest request) =>
        CheckSecret(
            _options.CurrentValue.StreamingAuthToken,
            request.Headers[StreamingAuthTokenHeaderName],
            "no Telnyx StreamingAuthToken is configured to check the upgrade against",
            $"no {StreamingAuthTokenHeaderName} header",
            "the streaming auth token does not match");
}
