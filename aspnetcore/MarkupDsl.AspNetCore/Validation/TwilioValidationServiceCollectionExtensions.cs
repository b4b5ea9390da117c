using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Registers Twilio request validation.</summary>
public static class TwilioValidationServiceCollectionExtensions
{
    private const string NoAuthToken = "TwilioRequestValidationOptions.AuthToken is required to validate Twilio requests.";

    /// <summary>
    /// Adds <see cref="TwilioRequestValidator"/> and its options, checked at start-up to hold an auth token.
    /// Configure them on the returned builder, for example <c>.Configure(o =&gt; o.AuthToken = token)</c> or
    /// <c>.BindConfiguration("Twilio")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static OptionsBuilder<TwilioRequestValidationOptions> AddTwilioRequestValidation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TwilioRequestValidator>();
        return services.AddOptions<TwilioRequestValidationOptions>()
            .Validate(options => !string.IsNullOrEmpty(options.AuthToken), NoAuthToken)
            .ValidateOnStart();
    }
}
