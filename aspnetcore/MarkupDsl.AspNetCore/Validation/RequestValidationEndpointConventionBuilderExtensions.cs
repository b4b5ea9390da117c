using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Requires a provider's webhook signature on minimal API endpoints and route groups: a request that fails gets 403
/// before the endpoint runs, and a warning log line.
/// </summary>
public static class RequestValidationEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Requires Twilio's <c>X-Twilio-Signature</c> over the request URL and form (see <see cref="TwilioRequestValidator"/>).
    /// Needs <see cref="RequestValidationServiceCollectionExtensions.AddTwilioRequestValidation"/>.
    /// </summary>
    /// <typeparam name="TBuilder">An endpoint or route group builder.</typeparam>
    /// <param name="builder">The endpoint or group.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder RequireTwilioSignature<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require<TBuilder, TwilioRequestValidator>();

    /// <summary>
    /// Requires SignalWire's <c>X-SignalWire-Signature</c> over the request URL and form (see <see cref="SignalWireRequestValidator"/>).
    /// Needs <see cref="RequestValidationServiceCollectionExtensions.AddSignalWireRequestValidation"/>.
    /// </summary>
    /// <typeparam name="TBuilder">An endpoint or route group builder.</typeparam>
    /// <param name="builder">The endpoint or group.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder RequireSignalWireSignature<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require<TBuilder, SignalWireRequestValidator>();

    /// <summary>
    /// Requires Telnyx's Ed25519 <c>telnyx-signature-ed25519</c> over the timestamp and body, with a fresh timestamp
    /// (see <see cref="TelnyxRequestValidator"/>). Needs <see cref="RequestValidationServiceCollectionExtensions.AddTelnyxRequestValidation"/>.
    /// </summary>
    /// <typeparam name="TBuilder">An endpoint or route group builder.</typeparam>
    /// <param name="builder">The endpoint or group.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder RequireTelnyxSignature<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require<TBuilder, TelnyxRequestValidator>();

    private static TBuilder Require<TBuilder, TValidator>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
        where TValidator : ProviderRequestValidator
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(RequestValidationEndpointFilter<TValidator>.Instance);
    }
}
