using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.ConversationRelay;

namespace MarkupDsl.Tests.ConversationRelay;

public sealed class ConversationRelaySessionTests
{
    private const int Timeout = 20_000;

    public static TheoryData<bool> Providers => new() { false, true };

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(Providers))]
    public async Task A_final_prompt_is_answered_token_by_token_with_last_on_the_final_token(bool telnyx)
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.Setup(telnyx));
        await relay.SendAsync(RelayMessages.Prompt("What time is it?"));
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();

        Assert.True(await messages.MoveNextAsync());
        var setup = Assert.IsType<SetupMessage>(messages.Current);
        Assert.Same(setup, relay.Session.Setup);
        Assert.Same(setup, await relay.Session.WhenSetUp);
        Assert.Equal(telnyx ? ConversationRelayProvider.Telnyx : ConversationRelayProvider.Twilio, relay.Session.Provider);
        Assert.True(await messages.MoveNextAsync());
        Assert.Equal("What time is it?", Assert.IsType<PromptMessage>(messages.Current).VoicePrompt);

        string[] words = ["It ", "is ", "noon."];
        Task<List<string>> heard = relay.ReceiveReplyAsync();
        ConversationRelayReply reply = await relay.Session.StreamReplyAsync(RelayLoopback.Tokens(words, TimeSpan.FromMilliseconds(5)));

        Assert.Equal(ReplyOutcome.Completed, reply.Outcome);
        Assert.Equal("It is noon.", reply.Text);
        Assert.Null(reply.Interrupt);
        Assert.NotNull(reply.TimeToFirstToken);
        List<string> tokens = await heard;
        Assert.Equal("It is noon.", string.Concat(tokens));
        Assert.Equal(reply.TokensSent, tokens.Count);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_stream_whose_end_is_known_at_once_puts_last_on_its_final_token_else_an_empty_token_ends_it()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.TwilioSetup);
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());

        ConversationRelayReply synchronous = await relay.Session.StreamReplyAsync(new[] { "One ", "", "two." }.ToAsyncEnumerable());
        Assert.Equal(["One ", "two."], await relay.ReceiveReplyAsync());
        Assert.Equal(2, synchronous.TokensSent);

        ConversationRelayReply paced = await relay.Session.StreamReplyAsync(RelayLoopback.Tokens(["Three ", "four."], TimeSpan.FromMilliseconds(5)));
        Assert.Equal(["Three ", "four."], await relay.ReceiveReplyAsync());
        Assert.Equal(2, paced.TokensSent);

        ConversationRelayReply trailing = await relay.Session.StreamReplyAsync(Trailing());
        Assert.Equal(["Five.", ""], await relay.ReceiveReplyAsync());
        Assert.Equal(2, trailing.TokensSent);
        Assert.Equal("Five.", trailing.Text);

        // A model's stream often waits for its closing update after the last words.
        static async IAsyncEnumerable<string> Trailing()
        {
            yield return "Five.";
            await Task.Delay(5);
        }
    }

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(Providers))]
    public async Task An_interrupt_stops_the_reply_at_once_and_cancels_its_token_stream(bool telnyx)
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.Setup(telnyx));
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());

        var cancelled = new StrongBox<bool>();
        Task<ConversationRelayReply> replying = relay.Session.StreamReplyAsync(RelayLoopback.Endless(TimeSpan.FromMilliseconds(10), cancelled));
        var heard = new StringBuilder();
        for (int i = 0; i < 3; i++)
        {
            heard.Append((await relay.ReceiveAsync())!.Value.GetProperty("token").GetString());
        }

        await relay.SendAsync(RelayMessages.Interrupt("w0 w1", 640, telnyx));
        ConversationRelayReply reply = await replying;
        await relay.Session.SendTextAsync("<after>", last: true);

        // Tokens on the wire before the interrupt was read still arrive; nothing after the reply's own text does.
        while ((await relay.ReceiveAsync())!.Value.GetProperty("token").GetString() is { } token && token != "<after>")
        {
            heard.Append(token);
        }

        Assert.Equal(ReplyOutcome.Interrupted, reply.Outcome);
        Assert.Equal(heard.ToString(), reply.Text);
        Assert.Equal("w0 w1", reply.UtteranceUntilInterrupt);
        Assert.Equal(TimeSpan.FromMilliseconds(640), reply.Interrupt!.DurationUntilInterrupt);
        await WaitForAsync(() => cancelled.Value);
        Assert.True(await messages.MoveNextAsync());
        Assert.Same(reply.Interrupt, messages.Current);
    }

    [Fact(Timeout = Timeout)]
    public async Task No_token_is_sent_once_the_interrupt_is_read_even_from_a_stream_that_ignores_cancellation()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.TwilioSetup);
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var disposed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<ConversationRelayReply> replying = relay.Session.StreamReplyAsync(Deaf(gate.Task, disposed));
        Assert.Equal("first ", (await relay.ReceiveAsync())!.Value.GetProperty("token").GetString());

        await relay.SendAsync(RelayMessages.Interrupt("first", 100, telnyx: false));
        ConversationRelayReply reply = await replying;
        gate.SetResult();
        await disposed.Task;
        await relay.Session.SendTextAsync("<after>", last: true);

        Assert.Equal(ReplyOutcome.Interrupted, reply.Outcome);
        Assert.Equal("first ", reply.Text);
        Assert.Equal("<after>", (await relay.ReceiveAsync())!.Value.GetProperty("token").GetString());

        static async IAsyncEnumerable<string> Deaf(Task gate, TaskCompletionSource disposed)
        {
            try
            {
                yield return "first ";
                await gate;
                yield return "second ";
            }
            finally
            {
                disposed.SetResult();
            }
        }
    }

    [Fact(Timeout = Timeout)]
    public async Task An_interrupt_read_after_the_reply_was_sent_is_delivered_and_the_next_reply_is_untouched()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.TwilioSetup);
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());
        ConversationRelayReply first = await relay.Session.StreamReplyAsync(new[] { "Long answer." }.ToAsyncEnumerable());
        await relay.ReceiveReplyAsync();

        await relay.SendAsync(RelayMessages.Interrupt("Long", 300, telnyx: false));
        Assert.True(await messages.MoveNextAsync());
        Assert.Equal("Long", Assert.IsType<InterruptMessage>(messages.Current).UtteranceUntilInterrupt);
        ConversationRelayReply second = await relay.Session.StreamReplyAsync(new[] { "Next." }.ToAsyncEnumerable());

        Assert.Equal(ReplyOutcome.Completed, first.Outcome);
        Assert.Equal(ReplyOutcome.Completed, second.Outcome);
        Assert.Equal(["Next."], await relay.ReceiveReplyAsync());
    }

    [Fact(Timeout = Timeout)]
    public async Task One_reply_at_a_time()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        var gate = new TaskCompletionSource<bool>();
        Task<ConversationRelayReply> first = relay.Session.StreamReplyAsync(Held(gate.Task));
        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.Session.StreamReplyAsync(new[] { "x" }.ToAsyncEnumerable()));
        gate.SetResult(true);
        Assert.Equal(ReplyOutcome.Completed, (await first).Outcome);

        static async IAsyncEnumerable<string> Held(Task gate)
        {
            await gate;
            yield return "done";
        }
    }

    [Theory(Timeout = Timeout)]
    [MemberData(nameof(Providers))]
    public async Task Dtmf_is_read_and_end_hands_off_with_its_data_then_the_provider_closes(bool telnyx)
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.Setup(telnyx));
        await relay.SendAsync(RelayMessages.Dtmf('0'));
        List<ConversationRelayMessage> read = [];
        Task reading = Task.Run(async () =>
        {
            await foreach (ConversationRelayMessage message in relay.Session.ReadMessagesAsync())
            {
                read.Add(message);
                if (message is DtmfMessage { Digit: "0" })
                {
                    await relay.Session.EndAsync("""{"reason":"operator"}""");
                }
            }
        });

        JsonElement end = (await relay.ReceiveAsync())!.Value;
        Assert.Equal("end", end.GetProperty("type").GetString());
        Assert.Equal("operator", JsonDocument.Parse(end.GetProperty("handoffData").GetString()!).RootElement.GetProperty("reason").GetString());
        await relay.Provider.CloseAsync(WebSocketCloseStatus.NormalClosure, "session ended", CancellationToken.None);
        await reading;

        Assert.Equal([typeof(SetupMessage), typeof(DtmfMessage)], read.Select(m => m.GetType()));
        Assert.True(relay.Session.IsEnded);
        Assert.Equal(WebSocketState.Closed, relay.Provider.State);
        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.Session.SendTextAsync("late"));
    }

    [Fact(Timeout = Timeout)]
    public async Task The_other_sends_write_their_messages()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.Session.SendPlayAsync("https://example.com/hold.mp3", loop: 2);
        await relay.Session.SendDigitsAsync("12w#");
        await relay.Session.SendLanguageAsync("es-ES", "es-ES");
        await relay.Session.SendTextAsync("Hola", last: true, lang: "es-ES", interruptible: false, preemptible: true);

        Assert.Equal("""{"type":"play","source":"https://example.com/hold.mp3","loop":2}""", (await relay.ReceiveAsync())!.Value.GetRawText());
        Assert.Equal("""{"type":"sendDigits","digits":"12w#"}""", (await relay.ReceiveAsync())!.Value.GetRawText());
        Assert.Equal("""{"type":"language","ttsLanguage":"es-ES","transcriptionLanguage":"es-ES"}""", (await relay.ReceiveAsync())!.Value.GetRawText());
        Assert.Equal("""{"type":"text","token":"Hola","last":true,"lang":"es-ES","interruptible":false,"preemptible":true}""", (await relay.ReceiveAsync())!.Value.GetRawText());
        Assert.Equal(4, relay.Session.MessagesSent);
    }

    [Fact(Timeout = Timeout)]
    public async Task Bad_arguments_throw_naming_them_and_send_nothing()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        Assert.Equal("digits", (await Assert.ThrowsAsync<ArgumentException>(() => relay.Session.SendDigitsAsync("12x"))).ParamName);
        Assert.Equal("source", (await Assert.ThrowsAsync<ArgumentException>(() => relay.Session.SendPlayAsync("hold.mp3"))).ParamName);
        Assert.Equal("handoffData", (await Assert.ThrowsAsync<ArgumentException>(() => relay.Session.EndAsync("{"))).ParamName);
        Assert.Equal("lang", (await Assert.ThrowsAsync<ArgumentException>(() => relay.Session.SendTextAsync("x", lang: ""))).ParamName);
        Assert.Equal("ttsLanguage", (await Assert.ThrowsAsync<ArgumentException>(() => relay.Session.SendLanguageAsync(null, null))).ParamName);
        Assert.Equal("lang", (await Assert.ThrowsAsync<ArgumentException>(() => relay.Session.StreamReplyAsync(new[] { "x" }.ToAsyncEnumerable(), lang: ""))).ParamName);
        Assert.Equal(0, relay.Session.MessagesSent);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_garbage_peer_is_reported_message_by_message_and_the_session_goes_on()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync(new ConversationRelaySessionOptions { MaxMessageSize = 1024 });
        await relay.SendAsync("not json");
        await relay.Provider.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        await relay.SendAsync($$"""{"type":"prompt","voicePrompt":"{{new string('a', 2000)}}"}""");
        await relay.SendAsync("""{"type":"prompt","last":"maybe"}""");
        await relay.SendAsync("""{"type":"mystery"}""");
        await relay.SendAsync(RelayMessages.Error("Invalid message received: { \\\"foo\\\" : \\\"bar\\\" }"));
        await relay.SendAsync(RelayMessages.Prompt("still here"));
        await relay.Provider.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        List<ConversationRelayMessage> read = [];
        await foreach (ConversationRelayMessage message in relay.Session.ReadMessagesAsync())
        {
            read.Add(message);
        }

        Assert.Collection(read,
            m => Assert.Null(Assert.IsType<MalformedMessage>(m).Path),
            m => Assert.Contains("binary", Assert.IsType<MalformedMessage>(m).Detail),
            m => Assert.Contains("longer than 1024 bytes", Assert.IsType<MalformedMessage>(m).Detail),
            m => Assert.Equal("prompt.last", Assert.IsType<MalformedMessage>(m).Path),
            m => Assert.Equal("mystery", Assert.IsType<UnknownMessage>(m).Type),
            m => Assert.StartsWith("Invalid message received", Assert.IsType<ErrorMessage>(m).Description),
            m => Assert.Equal("still here", Assert.IsType<PromptMessage>(m).VoicePrompt));
        Assert.Equal(7, relay.Session.MessagesReceived);
        Assert.Null(relay.Session.Setup);
        Assert.Null(await relay.Session.WhenSetUp);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_vanishing_peer_ends_the_reply_and_the_messages()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.TwilioSetup);
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());
        var cancelled = new StrongBox<bool>();
        Task<ConversationRelayReply> replying = relay.Session.StreamReplyAsync(RelayLoopback.Endless(TimeSpan.FromMilliseconds(10), cancelled));
        await relay.ReceiveAsync();

        relay.Provider.Abort();
        ConversationRelayReply reply = await replying;

        Assert.Equal(ReplyOutcome.SessionEnded, reply.Outcome);
        await WaitForAsync(() => cancelled.Value);
        Assert.False(await messages.MoveNextAsync());
        Assert.True(relay.Session.IsEnded);
    }

    [Fact(Timeout = Timeout)]
    public async Task A_token_stream_that_throws_ends_the_reply_with_last_and_the_exception_propagates()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        var failNow = new TaskCompletionSource();
        Task<ConversationRelayReply> replying = relay.Session.StreamReplyAsync(Failing(failNow.Task));

        // The stream fails only after its first token is on the wire, so that token cannot be the last.
        JsonElement first = (await relay.ReceiveAsync())!.Value;
        Assert.Equal("Sorry, ", first.GetProperty("token").GetString());
        Assert.False(first.GetProperty("last").GetBoolean());
        failNow.SetResult();
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => replying);
        Assert.Equal("model down", failure.Message);
        Assert.Equal([""], await relay.ReceiveReplyAsync());

        static async IAsyncEnumerable<string> Failing(Task failNow)
        {
            yield return "Sorry, ";
            await failNow;
            throw new InvalidOperationException("model down");
        }
    }

    [Fact(Timeout = Timeout)]
    public async Task Cancelling_a_reply_stops_it_and_throws()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        using var cancel = new CancellationTokenSource();
        var cancelled = new StrongBox<bool>();
        Task<ConversationRelayReply> replying = relay.Session.StreamReplyAsync(RelayLoopback.Endless(TimeSpan.FromMilliseconds(10), cancelled), cancellationToken: cancel.Token);
        await relay.ReceiveAsync();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => replying);
        await WaitForAsync(() => cancelled.Value);
    }

    [Fact(Timeout = Timeout)]
    public async Task Cancelling_the_read_closes_the_socket_normally()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        await relay.SendAsync(RelayMessages.TwilioSetup);
        using var cancel = new CancellationTokenSource();
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync(cancel.Token).GetAsyncEnumerator();
        Assert.True(await messages.MoveNextAsync());
        Task<JsonElement?> answered = Task.Run(async () =>
        {
            JsonElement? message = await relay.ReceiveAsync();
            await relay.Provider.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            return message;
        });

        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await messages.MoveNextAsync());

        Assert.Null(await answered);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, relay.Provider.CloseStatus);
        Assert.True(relay.Session.IsEnded);
    }

    [Fact(Timeout = Timeout)]
    public async Task Close_sends_the_status_given_and_a_silent_peer_is_aborted_after_the_timeout()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync(new ConversationRelaySessionOptions { CloseTimeout = TimeSpan.FromMilliseconds(200) });
        await using IAsyncEnumerator<ConversationRelayMessage> messages = relay.Session.ReadMessagesAsync().GetAsyncEnumerator();
        Task<bool> next = messages.MoveNextAsync().AsTask();

        // The provider never answers the close: the session aborts the socket after CloseTimeout.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        Task closing = relay.Session.CloseAsync(WebSocketCloseStatus.InternalServerError, "failed").AsTask();

        byte[] buffer = new byte[64];
        ValueWebSocketReceiveResult result = await relay.Provider.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.InternalServerError, relay.Provider.CloseStatus);
        Assert.Equal("failed", relay.Provider.CloseStatusDescription);

        // HttpListener's socket ends a pending receive only when its connection drops, as a server's does after the abort.
        await Task.Delay(300);
        relay.DropConnection();
        await closing;
        Assert.InRange(waited.ElapsedMilliseconds, 200, 5000);
        Assert.False(await next);
    }

    /// <summary>Waits for a token stream's own clean-up, which may finish just after the reply returned.</summary>
    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (int i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }

    [Fact]
    public void Options_are_checked_together_naming_each_bad_setting()
    {
        var options = new ConversationRelaySessionOptions { MaxMessageSize = 10, CloseTimeout = TimeSpan.Zero, Provider = (ConversationRelayProvider)9, TimeProvider = null! };
        IReadOnlyList<string> problems = options.Validate();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("MaxMessageSize", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CloseTimeout", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Provider", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("TimeProvider", StringComparison.Ordinal));
        Assert.Empty(new ConversationRelaySessionOptions().Validate());
        var e = Assert.Throws<ArgumentException>(() => new ConversationRelaySession(new ClientWebSocket(), options));
        Assert.Equal("options", e.ParamName);
    }
}
