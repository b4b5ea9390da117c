using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Checks Twilio's <c>X-Twilio-Signature</c> (see <see cref="TwilioSignature"/>): on webhooks over the full URL and,
/// for a form POST, the form fields, or, when the URL carries <c>bodySHA256</c> (a JSON webhook), over the URL alone
/// with the body's SHA-256 checked against it; on Media Streams upgrades over the <c>wss://</c> URL alone. The key
/// is the auth token (HMAC-SHA1) or, when an <c>X-Twilio-Webhooks-Signature-Settings</c> header names a SharedKey,
/// that key's secret from <see cref="TwilioRequestValidationOptions.SharedKeys"/> with the header's algorithm.
/// Registered by <see cref="RequestValidationServiceCollectionExtensions.AddTwilioRequestValidation"/>.
/// </summary>
public sealed class TwilioRequestValidator : ProviderRequestValidator
{
    private const string NoMatch = "the signature does not match the URL and parameters";

    private readonly IOptionsMonitor<TwilioRequestValidationOptions> _options;

    /// <summary>Creates a validator; resolved from dependency injection.</summary>
    /// <param name="options">Supplies the auth token and the SharedKeys' secrets.</param>
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
        string url = request.GetEncodedUrl();
        if (FindKey(request, out string key, out var algorithm, out string? signature) is string failure)
        {
            return failure;
        }

        if (TwilioSignature.FindBodyHash(url) is not null)
        {
            using MemoryStream body = await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);
            return TwilioSignature.MatchesBody(key, url, body.GetBuffer().AsSpan(0, (int)body.Length), signature, algorithm)
                ? null
                : $"the signature does not match the URL, or the body does not match its {TwilioSignature.BodyHashParameterName}";
        }

        IFormCollection form = await ReadFormAsync(request, cancellationToken).ConfigureAwait(false);
        return TwilioSignature.Matches(key, url, form, signature, algorithm) ? null : NoMatch;
    }

    internal override string? CheckWebSocketUpgrade(HttpRequest request) =>
        FindKey(request, out string key, out var algorithm, out string? signature)
        ?? (TwilioSignature.Matches(key, WebSocketUrl(request), FormCollection.Empty, signature, algorithm) ? null : NoMatch);

    /// <summary>The signature and the key and HMAC it must have been made with.</summary>
    /// <returns><see langword="null"/> when they are known, else why not (for the log line).</returns>
    private string? FindKey(HttpRequest request, out string key, out TwilioSignatureAlgorithm algorithm, out string? signature)
    {
        TwilioRequestValidationOptions options = _options.CurrentValue;
        (key, algorithm) = (options.AuthToken, TwilioSignatureAlgorithm.HmacSha1);
        signature = request.Headers[TwilioSignature.HeaderName];
        if (string.IsNullOrEmpty(signature))
        {
            return "no " + TwilioSignature.HeaderName + " header";
        }

        string? header = request.Headers[TwilioSignature.SettingsHeaderName];
        if (string.IsNullOrEmpty(header))
        {
            return null;
        }

        if (!TwilioSignatureSettings.TryParse(header, out var settings, out string algorithmName))
        {
            return $"the {TwilioSignature.SettingsHeaderName} header names the algorithm '{algorithmName}', neither HMAC_SHA1 nor HMAC_SHA256";
        }

        if (settings.SharedKeyId is null || !options.SharedKeys.TryGetValue(settings.SharedKeyId, out string? secret))
        {
            return $"the request is signed with the SharedKey '{settings.SharedKeyId}', which TwilioRequestValidationOptions.SharedKeys does not hold";
        }

        (key, algorithm) = (secret, settings.Algorithm);
        return null;
    }
}
