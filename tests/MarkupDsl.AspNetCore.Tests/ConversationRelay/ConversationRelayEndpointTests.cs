using System;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.ConversationRelay;
using MarkupDsl.AspNetCore.Tests.MediaStreams;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.ConversationRelay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Tests.ConversationRelay;

/// <summary>
/// <c>MapConversationRelay</c> on real Kestrel over loopback, with <see cref="ClientWebSocket"/> playing Twilio
/// (a signed upgrade) or Telnyx: replies, refusals, a failing app, a vanishing client. Log lines are read after the
/// app has stopped, which waits for every session's request to end.
/// </summary>
public sealed class ConversationRelayEndpointTests
{
    private const int Timeout = 30_000;
    private const string Category = "MarkupDsl.AspNetCore.ConversationRelay.ConversationRelayEndpoint";

    private const string Setup = """
        {"type":"setup","sessionId":"VX00000000000000000000000000000001","accountSid":"AC00000000000000000000000000000002",
         "callSid":"CA00000000000000000000000000000003","from":"+18005550100","to":"+18005550101","direction":"inbound",
         "customParameters":{"caller":"+18005550100"}}
        """;

    /// <summary>Answers each final prompt with "You said: ..." in two tokens.</summary>
    private static async Task EchoAsync(ConversationRelaySession session, CancellationToken cancellationToken)
    {
        await foreach (ConversationRelayMessage message in session.ReadMessagesAsync(cancellationToken))
        {
            if (message is PromptMessage { Last: true } prompt)
            {
                await session.StreamReplyAsync(Tokens(prompt.VoicePrompt), cancellationToken: cancellationToken);
            }
        }

        static async System.Collections.Generic.IAsyncEnumerable<string> Tokens(string said)
        {
            await Task.Yield();
            yield return "You said: ";
            yield return said;
        }
    }

    private static JsonElement Parse(string? json)
    {
        Assert.NotNull(json);
        return JsonDocument.Parse(json).RootElement;
    }

    [Fact(Timeout = Timeout)]
    public async Task A_signed_upgrade_is_served_answered_and_logged_from_setup_to_end()
    {
        await using var server = await StreamServer.StartAsync(app => app.MapConversationRelay("/relay", EchoAsync));
        using var client = await server.ConnectSignedAsync("/relay");

        await StreamServer.SendAsync(client, Setup);
        await StreamServer.SendAsync(client, """{"type":"prompt","voicePrompt":"Hello","lang":"en-US","last":true}""");
        JsonElement first = Parse((await StreamServer.ReceiveAsync(client)).Text);
        JsonElement second = Parse((await StreamServer.ReceiveAsync(client)).Text);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, "call ended", CancellationToken.None);
        await server.StopAsync();

        Assert.Equal("""{"type":"text","token":"You said: ","last":false}""", first.GetRawText());
        Assert.Equal("""{"type":"text","token":"Hello","last":true}""", second.GetRawText());
        Assert.Equal(WebSocketCloseStatus.NormalClosure, client.CloseStatus);
        Assert.Collection(server.LogsOf(Category),
            setUp => Assert.Equal("ConversationRelay session VX00000000000000000000000000000001 on /relay set up: Twilio call CA00000000000000000000000000000003 from +18005550100 to +18005550101.", setUp.Message),
            ended => Assert.Matches(@"^ConversationRelay session VX0+1 of call CA0+3 ended \(SocketClosed\) after \d+ ms: 2 messages received, 2 sent\.$", ended.Message));
    }

    [Fact(Timeout = Timeout)]
    public async Task An_unsigned_upgrade_is_refused_with_403_and_a_log_line_and_a_plain_request_with_400()
    {
        await using var server = await StreamServer.StartAsync(app => app.MapConversationRelay("/relay", EchoAsync));
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => server.ConnectAsync("/relay", (TwilioSignature.HeaderName, "forged")));
        using var http = new HttpClient();
        HttpResponseMessage plain = await http.GetAsync(server.Url("/relay", "http"));
        await server.StopAsync();

        Assert.Contains("403", refused.Message);
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        FakeLogRecord warning = Assert.Single(server.LogsOf(Category), record => record.Level == LogLevel.Warning);
        Assert.StartsWith("Rejected GET ws://", warning.Message);
        Assert.Contains("Twilio:", warning.Message);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_handler_that_throws_closes_the_socket_with_1011_and_logs_the_error()
    {
        await using var server = await StreamServer.StartAsync(app => app.MapConversationRelay("/relay", async (session, cancellationToken) =>
        {
            await foreach (ConversationRelayMessage message in session.ReadMessagesAsync(cancellationToken))
            {
                if (message is PromptMessage)
                {
                    throw new InvalidOperationException("The model is down.");
                }
            }
        }));
        using var client = await server.ConnectSignedAsync("/relay");

        await StreamServer.SendAsync(client, Setup);
        await StreamServer.SendAsync(client, """{"type":"prompt","voicePrompt":"Hello","last":true}""");
        var (text, closeStatus) = await StreamServer.ReceiveAsync(client);
        await client.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await server.StopAsync();

        Assert.Null(text);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, closeStatus);
        FakeLogRecord error = Assert.Single(server.LogsOf(Category), record => record.Level == LogLevel.Error);
        Assert.Equal("The ConversationRelay handler on /relay failed on session VX00000000000000000000000000000001; closing the socket with 1011.", error.Message);
        Assert.Equal("The model is down.", Assert.IsType<InvalidOperationException>(error.Exception).Message);
        Assert.Contains(server.LogsOf(Category), record => record.Message.Contains("ended (HandlerFailed)", StringComparison.Ordinal));
    }

    [Fact(Timeout = Timeout)]
    public async Task A_client_that_vanishes_ends_the_handlers_session()
    {
        var ended = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StreamServer.StartAsync(app => app.MapConversationRelay("/relay", async (session, cancellationToken) =>
        {
            // Kestrel may signal the lost connection as RequestAborted (the handler's token) before the socket's
            // read fails: either way the reading must end rather than wait for a peer that is gone.
            try
            {
                await foreach (ConversationRelayMessage message in session.ReadMessagesAsync(cancellationToken))
                {
                }

                ended.TrySetResult(session.IsEnded ? "socket lost" : "reading ended with the session open");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                ended.TrySetResult("socket lost");
            }
        }));
        using var client = await server.ConnectSignedAsync("/relay");
        await StreamServer.SendAsync(client, Setup);

        client.Abort();

        Assert.Equal("socket lost", await ended.Task);
    }

    [Fact(Timeout = Timeout)]
    public async Task Telnyx_upgrades_are_checked_by_its_streaming_token_and_a_handler_type_serves_them()
    {
        await using var server = await StreamServer.StartAsync(
            app => app.MapConversationRelay<TelnyxAgent>("/relay"),
            services => services.AddTelnyxRequestValidation().Configure(o => o.StreamingAuthToken = "s3cret"),
            twilio: false);
        using var client = await server.ConnectAsync("/relay", (TelnyxRequestValidator.StreamingAuthTokenHeaderName, "s3cret"));

        await StreamServer.SendAsync(client, """{"type":"setup","sessionId":"7a7e","callControlId":"v2:abc","customParameters":{}}""");
        JsonElement reply = Parse((await StreamServer.ReceiveAsync(client)).Text);
        await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        Assert.Equal("""{"type":"text","token":"Telnyx v2:abc","last":true}""", reply.GetRawText());
    }

    [Fact]
    public async Task Bad_options_stop_the_app_at_start_naming_each_setting()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddConversationRelay(o =>
        {
            o.Session.MaxMessageSize = 10;
            o.Session.CloseTimeout = TimeSpan.Zero;
        });
        await using WebApplication app = builder.Build();

        var invalid = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        Assert.Contains(invalid.Failures, f => f.StartsWith("ConversationRelayOptions.Session.MaxMessageSize", StringComparison.Ordinal));
        Assert.Contains(invalid.Failures, f => f.StartsWith("ConversationRelayOptions.Session.CloseTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mapping_with_no_provider_validation_fails_at_once_unless_validation_is_turned_off()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using WebApplication app = builder.Build();
        var refused = Assert.Throws<InvalidOperationException>(() => app.MapConversationRelay("/relay", EchoAsync));
        Assert.Contains("AddTwilioRequestValidation", refused.Message);

        var open = WebApplication.CreateSlimBuilder();
        open.Services.AddConversationRelay(o => o.ValidateRequests = false);
        await using WebApplication openApp = open.Build();
        Assert.NotNull(openApp.MapConversationRelay("/relay", EchoAsync));
    }

    /// <summary>A handler type: made for each session with its dependencies.</summary>
    private sealed class TelnyxAgent(ILogger<TelnyxAgent> logger) : IConversationRelayHandler
    {
        public async Task HandleAsync(ConversationRelaySession session, HttpContext context, CancellationToken cancellationToken)
        {
            await foreach (ConversationRelayMessage message in session.ReadMessagesAsync(cancellationToken))
            {
                if (message is SetupMessage setup)
                {
                    logger.LogInformation("Set up {SessionId}", setup.SessionId);
                    await session.SendTextAsync($"{setup.Provider} {setup.CallControlId}", last: true, cancellationToken: cancellationToken);
                }
            }
        }
    }
}
