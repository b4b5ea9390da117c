using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>
/// Gives the sessions the app's <see cref="TimeProvider"/> when one is registered for dependency injection and the
/// options leave <see cref="MarkupDsl.MediaStreams.MediaStreamSessionOptions.TimeProvider"/> at
/// <see cref="TimeProvider.System"/>: a test host that registers a fake clock then drives every session's timeouts.
/// </summary>
internal sealed class MediaStreamClockSetup(IServiceProvider services) : IPostConfigureOptions<MediaStreamOptions>
{
    public void PostConfigure(string? name, MediaStreamOptions options)
    {
        if (options.Session is { } session && session.TimeProvider == TimeProvider.System && services.GetService<TimeProvider>() is { } time)
        {
            session.TimeProvider = time;
        }
    }
}
