using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>Registers the settings of Media Streams endpoints.</summary>
public static class MediaStreamServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MediaStreamOptions"/>, for example
    /// <c>services.AddMediaStreams(o =&gt; o.Session.IdleTimeout = TimeSpan.FromSeconds(10))</c>, or
    /// <c>services.AddMediaStreams().BindConfiguration("MediaStreams")</c>, and checks them at start-up: an invalid
    /// setting from any source (<c>services.Configure&lt;MediaStreamOptions&gt;(...)</c> composes with these) stops the
    /// app with an <see cref="OptionsValidationException"/> naming every invalid property
    /// (<see cref="MarkupDsl.MediaStreams.MediaStreamSessionOptions.Validate"/>). A <see cref="TimeProvider"/> registered
    /// for dependency injection becomes the sessions' clock unless the options set another than <see cref="TimeProvider.System"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> leaves the defaults.</param>
    /// <returns>The options builder, to configure further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static OptionsBuilder<MediaStreamOptions> AddMediaStreams(this IServiceCollection services, Action<MediaStreamOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaStreamOptions>, MediaStreamOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<MediaStreamOptions>, MediaStreamClockSetup>());
        OptionsBuilder<MediaStreamOptions> options = services.AddOptions<MediaStreamOptions>().ValidateOnStart();
        return configure is null ? options : options.Configure(configure);
    }
}
