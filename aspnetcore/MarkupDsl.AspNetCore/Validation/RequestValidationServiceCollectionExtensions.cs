using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Registers the request validation of each provider an app takes calls from. Each validator is also registered as
/// a <see cref="ProviderRequestValidator"/>, the set <see cref="MediaStreams.MediaStreamEndpointRouteBuilderExtensions"/>
/// checks stream upgrades against. Options are checked at start-up.
/// </summary>
public static class RequestValidationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="TwilioRequestValidator"/> and its options, which must hold an auth token (and the secret of
    /// each SharedKey a Webhook Setting signs with). Configure them on the returned builder:
    /// <c>.Configure(o =&gt; o.AuthToken = token)</c> or <c>.BindConfiguration("Twilio")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static OptionsBuilder<TwilioRequestValidationOptions> AddTwilioRequestValidation(this IServiceCollection services) =>
        services.AddValidator<TwilioRequestValidator, TwilioRequestValidationOptions>()
            .Validate(options => !string.IsNullOrEmpty(options.AuthToken), "TwilioRequestValidationOptions.AuthToken is required to validate Twilio requests.")
            .Validate(options => options.SharedKeys.All(key => !string.IsNullOrEmpty(key.Key) && !string.IsNullOrEmpty(key.Value)),
                "TwilioRequestValidationOptions.SharedKeys holds a SharedKey without an id or a secret.");

    /// <summary>
    /// Adds <see cref="SignalWireRequestValidator"/> and its options, which must hold the signing key (the stream's
    /// bearer token is needed only to accept SignalWire streams). Configure them on the returned builder:
    /// <c>.Configure(o =&gt; { o.SigningKey = key; o.StreamBearerToken = token; })</c> or <c>.BindConfiguration("SignalWire")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static OptionsBuilder<SignalWireRequestValidationOptions> AddSignalWireRequestValidation(this IServiceCollection services) =>
        services.AddValidator<SignalWireRequestValidator, SignalWireRequestValidationOptions>()
            .Validate(options => !string.IsNullOrEmpty(options.SigningKey), "SignalWireRequestValidationOptions.SigningKey is required to validate SignalWire requests.");

    /// <summary>
    /// Adds <see cref="TelnyxRequestValidator"/> and its options, which must hold a public key (32 bytes, Base64) or
    /// a streaming auth token, and a positive timestamp tolerance. Configure them on the returned builder:
    /// <c>.Configure(o =&gt; { o.PublicKey = key; o.StreamingAuthToken = token; })</c> or <c>.BindConfiguration("Telnyx")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static OptionsBuilder<TelnyxRequestValidationOptions> AddTelnyxRequestValidation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        return services.AddValidator<TelnyxRequestValidator, TelnyxRequestValidationOptions>()
            .Validate(options => options.PublicKey.Length > 0 || options.StreamingAuthToken.Length > 0,
                "TelnyxRequestValidationOptions needs a PublicKey (webhooks) or a StreamingAuthToken (stream upgrades) to validate Telnyx requests.")
            .Validate(options => options.PublicKey.Length == 0 || IsPublicKey(options.PublicKey),
                $"TelnyxRequestValidationOptions.PublicKey must be the Base64 of a {TelnyxSignature.PublicKeyLength}-byte Ed25519 public key.")
            .Validate(options => options.TimestampTolerance > TimeSpan.Zero, "TelnyxRequestValidationOptions.TimestampTolerance must be positive.");
    }

    private static OptionsBuilder<TOptions> AddValidator<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(this IServiceCollection services)
        where TValidator : ProviderRequestValidator
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ProviderRequestValidator, TValidator>(provider => provider.GetRequiredService<TValidator>()));
        return services.AddOptions<TOptions>().ValidateOnStart();
    }

    private static bool IsPublicKey(string base64)
    {
        Span<byte> key = stackalloc byte[TelnyxSignature.PublicKeyLength + 3];
        return Convert.TryFromBase64String(base64, key, out int length) && length == TelnyxSignature.PublicKeyLength;
    }
}
