using System;
using System.Collections.Generic;
using System.Threading.Channels;
using MarkupDsl.AspNetCore.MediaStreams;
using MarkupDsl.MediaStreams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Builder;
using System.Threading.Tasks;

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
    public void Configure_composes_with_AddMediaStreams_and_configuration_setting_by_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MediaStreams:Session:EventQueueCapacity"] = "64",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddMediaStreams(o => o.Session.EventQueueFullMode = BoundedChannelFullMode.Wait).BindConfiguration("MediaStreams");
        services.Configure<MediaStreamOptions>(o => o.Session.IdleTimeout = TimeSpan.FromSeconds(12));

        MediaStreamSessionOptions session = services.BuildServiceProvider().GetRequiredService<IOptions<MediaStreamOptions>>().Value.Session;

        Assert.Equal((BoundedChannelFullMode.Wait, 64, TimeSpan.FromSeconds(12), 1.5), (session.EventQueueFullMode, session.EventQueueCapacity, session.IdleTimeout, session.Pacing));
    }

    [Fact]
    public void The_sessions_clock_is_the_apps_registered_TimeProvider_unless_the_options_name_another()
    {
        var registered = new FakeTimeProvider();
        var named = new FakeTimeProvider();

        MediaStreamSessionOptions Session(Action<MediaStreamOptions> configure) =>
            new ServiceCollection().AddSingleton<TimeProvider>(registered).AddMediaStreams(configure).Services
                .BuildServiceProvider().GetRequiredService<IOptions<MediaStreamOptions>>().Value.Session;

        Assert.Same(registered, Session(_ => { }).TimeProvider);
        Assert.Same(named, Session(o => o.Session.TimeProvider = named).TimeProvider);
        Assert.Same(TimeProvider.System, new ServiceCollection().AddMediaStreams().Services.BuildServiceProvider()
            .GetRequiredService<IOptions<MediaStreamOptions>>().Value.Session.TimeProvider);
    }

    [Fact]
    public async Task Invalid_settings_from_every_source_stop_the_app_at_start_up_each_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MediaStreams:Session:MaxMessageSize"] = "100",
        }).Build();
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<IConfiguration>(configuration);
        builder.Services.AddMediaStreams(o => o.Session.Pacing = 0.5).BindConfiguration("MediaStreams");
        builder.Services.Configure<MediaStreamOptions>(o => o.Session.IdleTimeout = TimeSpan.Zero);
        using IHost host = builder.Build();

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            [
                "MediaStreamOptions.Session.MaxMessageSize is 100: it must be at least 1024 bytes.",
                "MediaStreamOptions.Session.IdleTimeout is 00:00:00: it must be positive, or Timeout.InfiniteTimeSpan for none.",
                "MediaStreamOptions.Session.Pacing is 0.5: it must be a multiple of real time of at least 1.",
            ],
            exception.Failures);
    }

    [Fact]
    public void Without_AddMediaStreams_invalid_settings_fail_MapMediaStream_rather_than_every_call()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.Configure<MediaStreamOptions>(o =>
        {
            o.ValidateRequests = false;
            o.Session.EventQueueCapacity = 0;
        });
        WebApplication app = builder.Build();

        var exception = Assert.Throws<OptionsValidationException>(() => app.MapMediaStream("/media", (_, _) => Task.CompletedTask));

        Assert.Equal(["MediaStreamOptions.Session.EventQueueCapacity is 0: it must be at least 1."], exception.Failures);
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
