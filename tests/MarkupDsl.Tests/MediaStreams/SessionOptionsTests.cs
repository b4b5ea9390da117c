using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Plain settable options, checked all at once by <see cref="MediaStreamSessionOptions.Validate"/> and by the session.</summary>
public class SessionOptionsTests
{
    /// <summary>Every setting Validate checks, each set to a value it must refuse.</summary>
    private static MediaStreamSessionOptions AllInvalid => new()
    {
        MaxMessageSize = 1023,
        CloseTimeout = TimeSpan.Zero,
        IdleTimeout = TimeSpan.FromSeconds(-2),
        EventQueueCapacity = 0,
        EventQueueFullMode = BoundedChannelFullMode.DropWrite,
        SendQueueCapacity = -1,
        Pacing = 0.5,
        PacingBurst = -1,
        Provider = (MediaStreamProvider)42,
        TelnyxBidirectionalMode = (TelnyxBidirectionalMode)7,
        ReorderWindow = 51,
    };

    private static readonly string[] Checked =
    [
        "MaxMessageSize", "CloseTimeout", "IdleTimeout", "EventQueueCapacity", "EventQueueFullMode", "SendQueueCapacity",
        "Pacing", "PacingBurst", "Provider", "TelnyxBidirectionalMode", "ReorderWindow",
    ];

    [Fact]
    public void The_defaults_and_the_edges_of_each_range_are_valid()
    {
        Assert.Empty(new MediaStreamSessionOptions().Validate());
        Assert.Empty(new MediaStreamSessionOptions
        {
            MaxMessageSize = 1024,
            CloseTimeout = TimeSpan.FromTicks(1),
            IdleTimeout = Timeout.InfiniteTimeSpan,
            EventQueueCapacity = 1,
            EventQueueFullMode = BoundedChannelFullMode.Wait,
            SendQueueCapacity = 1,
            Pacing = double.PositiveInfinity,
            PacingBurst = 50,
            Provider = MediaStreamProvider.SignalWire,
            TelnyxBidirectionalMode = TelnyxBidirectionalMode.Mp3,
            ReorderWindow = 50,
        }.Validate());
        Assert.Empty(new MediaStreamSessionOptions { Pacing = 1, PacingBurst = 0, ReorderWindow = 0, EventQueueFullMode = BoundedChannelFullMode.DropNewest }.Validate());
    }

    [Fact]
    public void Setters_take_any_value_and_Validate_reports_every_invalid_property_at_once_by_name()
    {
        IReadOnlyList<string> problems = AllInvalid.Validate();

        Assert.Equal(Checked, problems.Select(problem => problem[..problem.IndexOf(' ')]));
        Assert.Contains("MaxMessageSize is 1023: it must be at least 1024 bytes.", problems);
        Assert.Contains(problems, problem => problem.StartsWith("EventQueueFullMode is DropWrite:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(0.999)]
    [InlineData(double.NegativeInfinity)]
    public void Pacing_below_real_time_or_not_a_number_is_invalid(double pacing) =>
        Assert.StartsWith("Pacing is ", Assert.Single(new MediaStreamSessionOptions { Pacing = pacing }.Validate()));

    [Theory]
    [InlineData(-1)]
    [InlineData(51)]
    public void A_pacing_burst_outside_0_to_50_frames_is_invalid(int frames) =>
        Assert.Equal($"PacingBurst is {frames}: it must be from 0 to 50 frames.", Assert.Single(new MediaStreamSessionOptions { PacingBurst = frames }.Validate()));

    [Fact]
    public async Task The_session_refuses_invalid_options_naming_every_invalid_property()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();

        var exception = Assert.Throws<ArgumentException>(() => new MediaStreamSession(loopback.Server, AllInvalid));

        Assert.Equal("options", exception.ParamName);
        Assert.All(Checked, property => Assert.Contains($"{property} is ", exception.Message));
    }

    [Fact(Timeout = 20_000)]
    public async Task A_session_keeps_the_settings_it_started_with_when_the_options_change_later()
    {
        await using var loopback = await LoopbackWebSocket.ConnectAsync();
        var options = new MediaStreamSessionOptions { MaxMessageSize = 1024 };
        var session = new MediaStreamSession(loopback.Server, options);
        options.MaxMessageSize = 64 * 1024;
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Start);
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.MediaFrame(1, Convert.ToBase64String(new byte[1200])));
        await LoopbackWebSocket.SendTextAsync(loopback.Client, TwilioMessages.Stop);

        List<MediaStreamEvent> events = await MediaStreamSessionTests.ReadAllAsync(session);

        Assert.Equal("message longer than 1024 bytes, discarded", Assert.IsType<MalformedMessageEvent>(events[1]).Detail);
        await MediaStreamSessionTests.HangUpAsync(loopback, session);
    }
}
