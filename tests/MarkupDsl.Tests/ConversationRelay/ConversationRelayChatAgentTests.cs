using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.ConversationRelay;
using Microsoft.Extensions.AI;

namespace MarkupDsl.Tests.ConversationRelay;

public sealed class ConversationRelayChatAgentTests
{
    private const int Timeout = 20_000;

    [Theory(Timeout = Timeout)]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_final_prompt_is_answered_by_the_chat_client_and_both_turns_kept(bool telnyx)
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        var model = new ScriptedChatClient();
        var chatOptions = new ChatOptions { Temperature = 0.2f };
        var agent = new ConversationRelayChatAgent(model, new ConversationRelayChatAgentOptions { SystemPrompt = "Be brief.", ChatOptions = chatOptions });
        Task running = agent.RunAsync(relay.Session);

        await relay.SendAsync(RelayMessages.Setup(telnyx));
        await relay.SendAsync(RelayMessages.Prompt("what are your", last: false));
        await relay.SendAsync(RelayMessages.Prompt("What are your hours?"));
        List<string> tokens = await relay.ReceiveReplyAsync();
        await relay.Provider.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await running;

        Assert.Equal(["You ", "said: ", "What ", "are ", "your ", "hours?"], tokens);
        Assert.Single(model.Requests);
        Assert.Same(chatOptions, model.LastOptions);
        Assert.Equal(
            [(ChatRole.System, "Be brief."), (ChatRole.User, "What are your hours?"), (ChatRole.Assistant, "You said: What are your hours?")],
            agent.History.Select(m => (m.Role, m.Text)));
    }

    [Fact(Timeout = Timeout)]
    public async Task An_interrupt_mid_reply_keeps_only_what_was_spoken_in_the_history()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        var model = new ScriptedChatClient { Delay = TimeSpan.FromMilliseconds(30) };
        var agent = new ConversationRelayChatAgent(model);
        Task running = agent.RunAsync(relay.Session);

        await relay.SendAsync(RelayMessages.TwilioSetup);
        await relay.SendAsync(RelayMessages.Prompt("tell me a very long story about the sea"));
        Assert.Equal("You ", (await relay.ReceiveAsync())!.Value.GetProperty("token").GetString());
        await relay.SendAsync(RelayMessages.Interrupt("You", 200, telnyx: false));
        await relay.SendAsync(RelayMessages.Prompt("Stop. What time is it?"));
        List<string> tokens = [];
        while (await relay.ReceiveAsync() is { } message)
        {
            tokens.Add(message.GetProperty("token").GetString()!);
            if (message.GetProperty("last").GetBoolean())
            {
                break;
            }
        }

        await relay.Provider.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await running;

        Assert.EndsWith("You said: Stop. What time is it?", string.Concat(tokens));
        Assert.Equal(
            [(ChatRole.User, "tell me a very long story about the sea"), (ChatRole.Assistant, "You"),
             (ChatRole.User, "Stop. What time is it?"), (ChatRole.Assistant, "You said: Stop. What time is it?")],
            agent.History.Select(m => (m.Role, m.Text)));

        // The second request saw the history as spoken, not as the model wrote it.
        Assert.Equal("You", model.Requests[1][1].Text);
    }

    [Fact(Timeout = Timeout)]
    public async Task An_interrupt_after_the_reply_was_sent_cuts_the_last_turn_to_what_was_heard()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        var agent = new ConversationRelayChatAgent(new ScriptedChatClient());
        Task running = agent.RunAsync(relay.Session);

        await relay.SendAsync(RelayMessages.TwilioSetup);
        await relay.SendAsync(RelayMessages.Prompt("One two three"));
        await relay.ReceiveReplyAsync();
        await relay.SendAsync(RelayMessages.Interrupt("You said: One", 900, telnyx: true));
        await relay.SendAsync(RelayMessages.Prompt("Again"));
        await relay.ReceiveReplyAsync();
        await relay.SendAsync(RelayMessages.Interrupt("", 10, telnyx: true));
        await relay.Provider.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await running;

        Assert.Equal(
            [(ChatRole.User, "One two three"), (ChatRole.Assistant, "You said: One"), (ChatRole.User, "Again")],
            agent.History.Select(m => (m.Role, m.Text)));
    }

    [Fact(Timeout = Timeout)]
    public async Task An_app_ends_on_a_key_with_hand_off_data_and_answers_other_keys()
    {
        await using RelayLoopback relay = await RelayLoopback.StartAsync();
        var agent = new OperatorAgent(new ScriptedChatClient());
        Task running = agent.RunAsync(relay.Session);

        await relay.SendAsync(RelayMessages.TelnyxSetup);
        await relay.SendAsync(RelayMessages.Dtmf('5'));
        Assert.Equal("You said: The caller pressed 5.", string.Concat(await relay.ReceiveReplyAsync()));
        await relay.SendAsync(RelayMessages.Dtmf('0'));
        JsonElement end = (await relay.ReceiveAsync())!.Value;
        await relay.Provider.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await running;

        Assert.Equal("""{"type":"end","handoffData":"{\"reason\":\"operator\"}"}""", end.GetRawText());
        Assert.Equal("customer_123", agent.Customer);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Equal("chatClient", Assert.Throws<ArgumentNullException>(() => new ConversationRelayChatAgent(null!)).ParamName);
        Assert.Empty(new ConversationRelayChatAgent(new ScriptedChatClient()).History);
    }

    /// <summary>What an app adds: the caller's id from the setup, key 0 to a human, other keys answered.</summary>
    private sealed class OperatorAgent(IChatClient client) : ConversationRelayChatAgent(client)
    {
        public string? Customer { get; private set; }

        protected override ValueTask OnSetupAsync(ConversationRelaySession session, SetupMessage setup, CancellationToken cancellationToken)
        {
            Customer = setup.CustomParameters["customer_id"];
            return ValueTask.CompletedTask;
        }

        protected override async ValueTask OnDtmfAsync(ConversationRelaySession session, DtmfMessage dtmf, CancellationToken cancellationToken)
        {
            if (dtmf.Digit == "0")
            {
                await session.EndAsync("""{"reason":"operator"}""", cancellationToken);
            }
            else
            {
                await ReplyAsync(session, $"The caller pressed {dtmf.Digit}.", cancellationToken);
            }
        }
    }
}
