using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.MediaStreams;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using System.Diagnostics.Metrics;

namespace MarkupDsl.AspNetCore.Tests.MediaStreams;

/// <summary>
/// <c>MapMediaStream</c> on real Kestrel over loopback, with <see cref="ClientWebSocket"/> playing the provider:
/// echo, refusals, failures, a vanishing client, the idle timeout and shutdown. Log lines are read after the app has
/// stopped, which waits for every stream's request to end.
/// </summary>
public sealed class MediaStreamEndpointTests
{
    private const int Timeout = 30_000;
    private const string Category = "MarkupDsl.AspNetCore.MediaStreams.MediaStreamEndpoint";
    private static readonly byte[] Audio = Enumerable.Repeat((byte)0x55, MediaStreamSession.SamplesPerFrame).ToArray();

    /// <summary>Echoes each inbound frame followed by a mark, until the stream ends.</summary>
    private static async Task EchoAsync(MediaStreamSession session, CancellationToken cancellationToken)
    {
        await foreach (MediaStreamEvent message in session.ReadEventsAsync(cancellationToken))
        {
            if (message is MediaEvent { Track: MediaTrack.Inbound } media)
            {
                await session.SendAudioAsync(media.Samples, cancellationToken);
                _ = session.SendMarkAsync($"echo-{media.Chunk}", cancellationToken);
            }
        }
    }

    private static Task<StreamServer> StartEchoAsync() => StreamServer.StartAsync(app => app.MapMediaStream("/media", EchoAsync));

    private static JsonElement Parse(string? json)
    {
        Assert.NotNull(json);
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact(Timeout = Timeout)]
    public async Task A_signed_upgrade_is_served_echoed_and_closed_normally_when_the_stream_stops()
    {
        await using var server = await StartEchoAsync();
        using var frames = new MetricCollector<long>(server.Services.GetRequiredService<IMeterFactory>(), MediaStreamMetrics.MeterName, "markupdsl.media_stream.frames");
        using var client = await server.ConnectSignedAsync();

        await StreamServer.SendAsync(client, TwilioStream.Start);
        await StreamServer.SendAsync(client, TwilioStream.Media(1, Audio));
        JsonElement media = Parse((await StreamServer.ReceiveAsync(client)).Text);
        JsonElement mark = Parse((await StreamServer.ReceiveAsync(client)).Text);
        await StreamServer.SendAsync(client, TwilioStream.Mark("echo-1"));
        await StreamServer.SendAsync(client, TwilioStream.Stop);
        var (text, closeStatus) = await StreamServer.ReceiveAsync(client);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await server.StopAsync();

        Assert.Equal(("media", TwilioStream.StreamSid), (media.GetProperty("event").GetString(), media.GetProperty("streamSid").GetString()));
        Assert.Equal(Audio, media.GetProperty("media").GetProperty("payload").GetBytesFromBase64());
        Assert.Equal("echo-1", mark.GetProperty("mark").GetProperty("name").GetString());
        Assert.Null(text);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, closeStatus);
        Assert.Collection(
            server.LogsOf(Category).Select(record => record.Message),
            started => Assert.Equal($"Media stream {TwilioStream.StreamSid} on /media started: Twilio call {TwilioStream.CallSid}.", started),
            stopped => Assert.Matches(
                $@"^Media stream {TwilioStream.StreamSid} of call {TwilioStream.CallSid} stopped \(StopMessage\) after \d+ ms: 1 media frames received, 1 sent, 0 events dropped\.$", stopped));
        Assert.All(server.LogsOf(Category), record => Assert.Equal(LogLevel.Information, record.Level));
        Assert.Equal([("inbound", 1L), ("outbound", 1L)],
            frames.GetMeasurementSnapshot().Select(m => ((string)m.Tags[MediaStreamMetrics.DirectionTag]!, m.Value)).Order());
    }

    [Theory(Timeout = Timeout)]
    [InlineData(null, "Twilio: no X-Twilio-Signature header")]
    [InlineData("/other", "Twilio: the signature does not match the URL and parameters")]
    public async Task An_unsigned_or_wrongly_signed_upgrade_is_refused_with_403_and_a_log_line(string? signedPath, string reason)
    {
        bool handled = false;
        await using var server = await StreamServer.StartAsync(app => app.MapMediaStream("/media", (_, _) =>
        {
            handled = true;
            return Task.CompletedTask;
        }));
        using var client = new ClientWebSocket();
        client.Options.CollectHttpResponseDetails = true;
        if (signedPath is not null)
        {
            client.Options.SetRequestHeader(TwilioSignature.HeaderName, TwilioSignature.Compute(TestApp.AuthToken, server.Url(signedPath).ToString(), []));
        }

        await Assert.ThrowsAsync<WebSocketException>(() => client.ConnectAsync(server.Url("/media"), CancellationToken.None));
        await server.StopAsync();

        Assert.Equal(HttpStatusCode.Forbidden, client.HttpStatusCode);
        Assert.False(handled);
        FakeLogRecord refusal = Assert.Single(server.LogsOf(Category));
        Assert.Equal(LogLevel.Warning, refusal.Level);
        Assert.Equal($"Rejected GET {server.Url("/media")} with 403: {reason}.", refusal.Message);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_request_that_is_not_a_websocket_upgrade_gets_400()
    {
        await using var server = await StartEchoAsync();
        using var http = new HttpClient();

        HttpResponseMessage response = await http.GetAsync(server.Url("/media", "http"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_handler_that_throws_closes_the_socket_with_1011_and_logs_the_error()
    {
        await using var server = await StreamServer.StartAsync(app => app.MapMediaStream("/media", async (session, cancellationToken) =>
        {
            await foreach (MediaStreamEvent message in session.ReadEventsAsync(cancellationToken))
            {
                if (message is StartEvent)
                {
                    throw new InvalidOperationException("The speech service is down.");
                }
            }
        }));
        using var client = await server.ConnectSignedAsync();

        await StreamServer.SendAsync(client, TwilioStream.Start);
        var (text, closeStatus) = await StreamServer.ReceiveAsync(client);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await server.StopAsync();

        Assert.Null(text);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, closeStatus);
        FakeLogRecord error = Assert.Single(server.LogsOf(Category), record => record.Level == LogLevel.Error);
        Assert.Equal($"The Media Streams handler on /media failed on stream {TwilioStream.StreamSid}; closing the socket with 1011.", error.Message);
        Assert.Equal("The speech service is down.", Assert.IsType<InvalidOperationException>(error.Exception).Message);
        Assert.Contains(server.LogsOf(Category), record => record.Message.Contains("stopped (HandlerFailed)", StringComparison.Ordinal));
    }

    [Fact(Timeout = Timeout)]
    public async Task A_client_that_vanishes_mid_call_ends_the_handlers_stream()
    {
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StreamServer.StartAsync(app => app.MapMediaStream("/media", async (session, cancellationToken) =>
        {
            try
            {
                await foreach (MediaStreamEvent message in session.ReadEventsAsync(cancellationToken))
                {
                    if (message is MediaEvent)
                    {
                        started.TrySetResult();
                    }

                    if (message is StopEvent stop)
                    {
                        ended.TrySetResult(stop.Reason.ToString());
                    }
                }
            }
            catch (OperationCanceledException)
            {
                ended.TrySetResult("cancelled");
                throw;
            }
        }));
        using var client = await server.ConnectSignedAsync();
        await StreamServer.SendAsync(client, TwilioStream.Start);
        await StreamServer.SendAsync(client, TwilioStream.Media(1, Audio));
        await started.Task;

        client.Abort();
        string end = await ended.Task;
        await server.StopAsync();

        // The read fails (a StopEvent for the closed socket) or the request is aborted first (the token): either ends it.
        Assert.Contains(end, new[] { nameof(StopReason.SocketClosed), "cancelled" });
        FakeLogRecord stopped = Assert.Single(server.LogsOf(Category), record => record.Message.Contains(" stopped (", StringComparison.Ordinal));
        Assert.Matches(@"stopped \((SocketClosed|RequestAborted)\) after \d+ ms: 1 media frames received, 0 sent, 0 events dropped\.$", stopped.Message);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_caller_who_hangs_up_is_logged_as_the_cause_even_when_the_app_stops_before_the_handler_ends()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StreamServer.StartAsync(app => app.MapMediaStream("/media", async (MediaStreamSession session, HttpContext context, CancellationToken cancellationToken) =>
        {
            entered.TrySetResult();
            try
            {
                await Task.Delay(System.Threading.Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();

                // Hold the cancellation until the app is stopping too, so that both tokens have fired.
                var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using (context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(stopping.SetResult))
                {
                    await stopping.Task;
                }

                throw;
            }
        }));
        using var client = await server.ConnectSignedAsync();
        await entered.Task;

        client.Abort();
        await cancelled.Task;
        await server.StopAsync();

        FakeLogRecord stopped = Assert.Single(server.LogsOf(Category), record => record.Message.Contains(" stopped (", StringComparison.Ordinal));
        Assert.Contains("stopped (RequestAborted)", stopped.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_stream_that_drops_events_warns_once_and_counts_the_drops_on_its_stop_line()
    {
        var counted = new TaskCompletionSource<(int Read, long Dropped)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StreamServer.StartAsync(
            app => app.MapMediaStream("/media", async (session, cancellationToken) =>
            {
                await using IAsyncEnumerator<MediaStreamEvent> events = session.ReadEventsAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
                Assert.True(await events.MoveNextAsync());
                int read = 1;

                // Falls behind: takes nothing more until the whole call has arrived.
                await session.ReceiveCompletion.WaitAsync(cancellationToken);

                while (await events.MoveNextAsync())
                {
                    read++;
                }

                counted.TrySetResult((read, session.DroppedEvents));
            }),
            services => services.AddMediaStreams(o => o.Session.EventQueueCapacity = 2));
        using var client = await server.ConnectSignedAsync();

        await StreamServer.SendAsync(client, TwilioStream.Start);
        for (int chunk = 1; chunk <= 10; chunk++)
        {
            await StreamServer.SendAsync(client, TwilioStream.Media(chunk, Audio));
        }

        await StreamServer.SendAsync(client, TwilioStream.Stop);
        (int read, long dropped) = await counted.Task;
        await StreamServer.ReceiveAsync(client);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await server.StopAsync();

        // 12 events (start, 10 media, stop): each is read or counted as dropped, none lost unseen. With a queue of 2
        // and one read before the handler fell behind, 9 or 10 are dropped, depending on when that read came.
        Assert.Equal(12, read + dropped);
        Assert.InRange(dropped, 9, 10);
        FakeLogRecord warning = Assert.Single(server.LogsOf(Category), record => record.Level == LogLevel.Warning);
        Assert.Equal(
            $"Media stream {TwilioStream.StreamSid} on /media is dropping events: the handler fell 2 events behind and EventQueueFullMode is DropOldest. " +
            "An app that must lose no audio (a recorder) sets MediaStreamSessionOptions.EventQueueFullMode to Wait; the count is on the stop line.",
            warning.Message);
        FakeLogRecord stopped = Assert.Single(server.LogsOf(Category), record => record.Message.Contains(" stopped (", StringComparison.Ordinal));
        Assert.EndsWith($": 10 media frames received, 0 sent, {dropped} events dropped.", stopped.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_silent_stream_is_closed_after_the_idle_timeout_from_the_options_on_the_apps_clock()
    {
        var clock = new FakeTimeProvider();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var end = new TaskCompletionSource<StopEvent?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StreamServer.StartAsync(
            app => app.MapMediaStream("/media", async (session, cancellationToken) =>
            {
                await foreach (MediaStreamEvent message in session.ReadEventsAsync(cancellationToken))
                {
                    if (message is StartEvent)
                    {
                        started.TrySetResult();
                    }
                }

                end.TrySetResult(session.Stop);
            }),
            services => services.AddSingleton<TimeProvider>(clock).AddMediaStreams(o => o.Session = new MediaStreamSessionOptions { IdleTimeout = TimeSpan.FromMilliseconds(200) }));
        using var client = await server.ConnectSignedAsync();

        await StreamServer.SendAsync(client, TwilioStream.Start);
        await started.Task;
        for (int quarter = 0; quarter < 4; quarter++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(50));
        }

        var (text, closeStatus) = await StreamServer.ReceiveAsync(client);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        StopEvent? stop = await end.Task;
        await server.StopAsync();

        Assert.Null(text);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, closeStatus);
        Assert.Equal(StopReason.IdleTimeout, stop?.Reason);
        Assert.Contains(server.LogsOf(Category), record => record.Message.Contains("stopped (IdleTimeout)", StringComparison.Ordinal));
    }

    [Fact(Timeout = Timeout)]
    public async Task Stopping_the_app_closes_open_streams_normally()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StreamServer.StartAsync(app => app.MapMediaStream("/media", async (session, cancellationToken) =>
        {
            await foreach (MediaStreamEvent message in session.ReadEventsAsync(cancellationToken))
            {
                if (message is StartEvent)
                {
                    started.TrySetResult();
                }
            }
        }));
        using var client = await server.ConnectSignedAsync();
        await StreamServer.SendAsync(client, TwilioStream.Start);
        await started.Task;

        Task stopping = server.StopAsync();
        var (text, closeStatus) = await StreamServer.ReceiveAsync(client);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await stopping;

        Assert.Null(text);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, closeStatus);
        Assert.Contains(server.LogsOf(Category), record => record.Message.Contains("stopped (ApplicationStopping)", StringComparison.Ordinal));
    }

    [Fact(Timeout = Timeout)]
    public async Task A_handler_type_is_made_for_each_stream_with_its_dependencies()
    {
        await using var server = await StreamServer.StartAsync(
            app => app.MapMediaStream<GreetingHandler>("/media"),
            services => services.AddSingleton(new Greeting("welcome")));
        using var client = await server.ConnectSignedAsync();

        await StreamServer.SendAsync(client, TwilioStream.Start);
        JsonElement mark = Parse((await StreamServer.ReceiveAsync(client)).Text);
        await StreamServer.SendAsync(client, TwilioStream.Stop);
        var (_, closeStatus) = await StreamServer.ReceiveAsync(client);

        Assert.Equal("welcome /media", mark.GetProperty("mark").GetProperty("name").GetString());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, closeStatus);
    }

    [Theory(Timeout = Timeout)]
    [InlineData(MediaStreamProvider.Unknown, HttpStatusCode.SwitchingProtocols)]
    [InlineData(MediaStreamProvider.Telnyx, HttpStatusCode.SwitchingProtocols)]
    [InlineData(MediaStreamProvider.Twilio, HttpStatusCode.Forbidden)]
    public async Task One_endpoint_takes_any_registered_provider_unless_the_options_name_one(MediaStreamProvider provider, HttpStatusCode expected)
    {
        await using var server = await StreamServer.StartAsync(
            app => app.MapMediaStream("/media", EchoAsync),
            services =>
            {
                services.AddTelnyxRequestValidation().Configure(o => o.StreamingAuthToken = "telnyx-token");
                services.AddMediaStreams(o => o.Session = new MediaStreamSessionOptions { Provider = provider });
            });
        using var client = new ClientWebSocket();
        client.Options.CollectHttpResponseDetails = true;
        client.Options.SetRequestHeader(TelnyxRequestValidator.StreamingAuthTokenHeaderName, "telnyx-token");

        try
        {
            await client.ConnectAsync(server.Url("/media"), CancellationToken.None);
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Refused: the status code tells.
        }

        await server.StopAsync();
        Assert.Equal(expected, client.HttpStatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Equal($"Rejected GET {server.Url("/media")} with 403: Twilio: no X-Twilio-Signature header.", Assert.Single(server.LogsOf(Category)).Message);
        }
    }

    [Fact]
    public async Task Mapping_a_stream_with_no_provider_validation_registered_fails_at_once_unless_validation_is_turned_off()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            StreamServer.StartAsync(app => app.MapMediaStream("/media", EchoAsync), twilio: false));
        Assert.Contains("AddTwilioRequestValidation()", exception.Message);

        await using var server = await StreamServer.StartAsync(
            app => app.MapMediaStream("/media", EchoAsync),
            services => services.AddMediaStreams(o => o.ValidateRequests = false),
            twilio: false);
        using var client = await server.ConnectAsync("/media");
        Assert.Equal(HttpStatusCode.SwitchingProtocols, client.HttpStatusCode);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    private sealed record Greeting(string Word);

    /// <summary>Greets each stream with a mark named by an injected service and the route.</summary>
    private sealed class GreetingHandler(Greeting greeting) : IMediaStreamHandler
    {
        public async Task HandleAsync(MediaStreamSession session, HttpContext context, CancellationToken cancellationToken)
        {
            await foreach (MediaStreamEvent message in session.ReadEventsAsync(cancellationToken))
            {
                if (message is StartEvent)
                {
                    _ = session.SendMarkAsync($"{greeting.Word} {context.Request.Path}", cancellationToken);
                }
            }
        }
    }
}
