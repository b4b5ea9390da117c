using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Requires a valid Twilio signature on minimal API endpoints.</summary>
public static class TwilioEndpointConventionBuilderExtensions
{
    private static readonly TwilioSignatureEndpointFilter Filter = new();

    /// <summary>
    /// Adds an endpoint filter that answers 403, with a warning log line, when the <c>X-Twilio-Signature</c> header
    /// does not match the request URL and form (see <see cref="TwilioRequestValidator"/>). Needs
    /// <see cref="TwilioValidationServiceCollectionExtensions.AddTwilioRequestValidation"/>.
    /// </summary>
    /// <typeparam name="TBuilder">An endpoint or route group builder.</typeparam>
    /// <param name="builder">The endpoint or group.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder RequireTwilioSignature<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(Filter);
    }
}
