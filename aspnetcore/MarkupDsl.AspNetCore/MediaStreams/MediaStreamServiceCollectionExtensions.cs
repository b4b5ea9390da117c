using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>Registers the settings of Media Streams endpoints.</summary>
public static class MediaStreamServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="MediaStreamOptions"/>, for example
    /// <c>services.AddMediaStreams(o =&gt; o.Session = new() { IdleTimeout = TimeSpan.FromSeconds(10) })</c>, or
    /// <c>services.AddMediaStreams().BindConfiguration("MediaStreams")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> leaves the defaults.</param>
    /// <returns>The options builder, to configure further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static OptionsBuilder<MediaStreamOptions> AddMediaStreams(this IServiceCollection services, Action<MediaStreamOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        OptionsBuilder<MediaStreamOptions> options = services.AddOptions<MediaStreamOptions>()
            .Validate(o => o.Session is not null, "MediaStreamOptions.Session must not be null.")
            .ValidateOnStart();
        return configure is null ? options : options.Configure(configure);
    }
}
