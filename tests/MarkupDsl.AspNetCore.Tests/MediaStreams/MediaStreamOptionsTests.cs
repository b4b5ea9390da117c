using System;
using System.Collections.Generic;
using System.Threading.Channels;
using MarkupDsl.AspNetCore.MediaStreams;
using MarkupDsl.MediaStreams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Tests.MediaStreams;

/// <summary>The session's settings come through the options pattern, from code or from configuration.</summary>
public sealed class MediaStreamOptionsTests
{
    [Fact]
    public void Settings_bind_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MediaStreams:ValidateRequests"] = "false",
            ["MediaStreams:Session:Provider"] = "Telnyx",
            ["MediaStreams:Session:MaxMessageSize"] = "2048",
            ["MediaStreams:Session:EventQueueCapacity"] = "16",
            ["MediaStreams:Session:EventQueueFullMode"] = "Wait",
            ["MediaStreams:Session:Pacing"] = "2",
            ["MediaStreams:Session:IdleTimeout"] = "00:00:10",
            ["MediaStreams:Session:CloseTimeout"] = "00:00:01",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddMediaStreams().BindConfiguration("MediaStreams");

        MediaStreamOptions options = services.BuildServiceProvider().GetRequiredService<IOptions<MediaStreamOptions>>().Value;

        Assert.False(options.ValidateRequests);
        MediaStreamSessionOptions session = options.Session;
        Assert.Equal(
            (MediaStreamProvider.Telnyx, 2048, 16, BoundedChannelFullMode.Wait, 2.0, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(1)),
            (session.Provider, session.MaxMessageSize, session.EventQueueCapacity, session.EventQueueFullMode, session.Pacing, session.IdleTimeout, session.CloseTimeout));
    }

    [Fact]
    public void Code_configures_the_session_and_validation_stays_on_by_default()
    {
        var services = new ServiceCollection();
        services.AddMediaStreams(o => o.Session = new MediaStreamSessionOptions { SendQueueCapacity = 50 });

        MediaStreamOptions options = services.BuildServiceProvider().GetRequiredService<IOptions<MediaStreamOptions>>().Value;

        Assert.True(options.ValidateRequests);
        Assert.Equal(50, options.Session.SendQueueCapacity);
    }

    [Fact]
    public void A_null_session_is_refused_when_the_options_are_read()
    {
        var services = new ServiceCollection();
        services.AddMediaStreams(o => o.Session = null!);

        var exception = Assert.Throws<OptionsValidationException>(() => services.BuildServiceProvider().GetRequiredService<IOptions<MediaStreamOptions>>().Value);
        Assert.Contains("MediaStreamOptions.Session", exception.Message);
    }
}
