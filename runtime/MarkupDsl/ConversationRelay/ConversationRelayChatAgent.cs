using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// A voice agent on a <see cref="ConversationRelaySession"/>, answered by any Microsoft.Extensions.AI
/// <see cref="IChatClient"/> (OpenAI, Azure OpenAI, Ollama... through their own packages): each final <c>prompt</c>
/// is added to the conversation's <see cref="History"/>, the client's streamed answer is spoken token by token
/// (<see cref="ConversationRelaySession.StreamReplyAsync"/>) and added to the history as the assistant's turn. When
/// the caller interrupts, the history keeps only what was spoken (<c>utteranceUntilInterrupt</c>), so that the
/// model does not believe it said what the caller never heard.
/// </summary>
/// <remarks>
/// <para>One agent per session: the history is the conversation's. <see cref="RunAsync"/> reads the session's
/// messages until it ends and hands each to a virtual method (<see cref="OnSetupAsync"/>, <see cref="OnPromptAsync"/>,
/// <see cref="OnDtmfAsync"/>, <see cref="OnInterruptAsync"/>, <see cref="OnErrorAsync"/>, or <see cref="OnMessageAsync"/>
/// for all): override them to end on a key (<c>session.EndAsync("{\"reason\":\"operator\"}")</c>), answer digits,
/// log, or change what is asked (<see cref="GetReplyTokensAsync"/>).</para>
/// <para>Not thread-safe: the history is changed only from <see cref="RunAsync"/>'s loop and the methods it calls.</para>
/// </remarks>
public class ConversationRelayChatAgent
{
    private readonly List<ChatMessage> _history = [];
    private ChatMessage? _lastReply;
    private InterruptMessage? _handledInterrupt;

    /// <summary>Creates an agent for one conversation.</summary>
    /// <param name="chatClient">The model that answers.</param>
    /// <param name="options">The system prompt and chat options, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is null.</exception>
    public ConversationRelayChatAgent(IChatClient chatClient, ConversationRelayChatAgentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        ChatClient = chatClient;
        ChatOptions = options?.ChatOptions;
        if (options?.SystemPrompt is { Length: > 0 } instructions)
        {
            _history.Add(new ChatMessage(ChatRole.System, instructions));
        }
    }

    /// <summary>The model that answers.</summary>
    public IChatClient ChatClient { get; }

    /// <summary>The options passed on every call to <see cref="ChatClient"/>, or <see langword="null"/>.</summary>
    public ChatOptions? ChatOptions { get; set; }

    /// <summary>
    /// The conversation so far: the system prompt, then each final prompt (<see cref="ChatRole.User"/>) and what was
    /// spoken of each reply (<see cref="ChatRole.Assistant"/>). The app may add to it (a greeting it spoke, facts
    /// looked up) between turns.
    /// </summary>
    public IList<ChatMessage> History => _history;

    /// <summary>
    /// Runs the conversation: reads the session's messages until it ends and hands each to <see cref="OnMessageAsync"/>.
    /// A reply is spoken while the messages wait, and an interrupt stops it at once all the same (the session reads the
    /// socket on its own).
    /// </summary>
    /// <param name="session">The session, not yet read.</param>
    /// <param name="cancellationToken">Ends the conversation: the session closes the socket and this throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the session has ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    public async Task RunAsync(ConversationRelaySession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        await foreach (ConversationRelayMessage message in session.ReadMessagesAsync(cancellationToken).ConfigureAwait(false))
        {
            await OnMessageAsync(session, message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds <paramref name="userText"/> to the history as the caller's turn, speaks the model's answer, and adds what
    /// was spoken of it as the assistant's turn: all of it when it completed, the interrupt's
    /// <c>utteranceUntilInterrupt</c> when the caller interrupted (nothing when that is empty), the text sent when the
    /// session ended first.
    /// </summary>
    /// <param name="session">The session to speak on.</param>
    /// <param name="userText">The caller's words (or what stands for them, e.g. "The caller pressed 3.").</param>
    /// <param name="cancellationToken">Cancels the reply and the model's call.</param>
    /// <returns>The reply's outcome, as <see cref="ConversationRelaySession.StreamReplyAsync"/> gives it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Another reply is being sent, or the session has ended.</exception>
    public async Task<ConversationRelayReply> ReplyAsync(ConversationRelaySession session, string userText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(userText);
        _history.Add(new ChatMessage(ChatRole.User, userText));

        // The model gets a snapshot: a stream left running after an interrupt must not see the history change.
        ChatMessage[] asked = [.. _history];
        ConversationRelayReply reply = await session.StreamReplyAsync(GetReplyTokensAsync(asked, cancellationToken), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        string spoken = reply.Outcome == ReplyOutcome.Interrupted ? reply.UtteranceUntilInterrupt! : reply.Text;
        _handledInterrupt = reply.Interrupt;
        _lastReply = spoken.Length > 0 ? new ChatMessage(ChatRole.Assistant, spoken) : null;
        if (_lastReply is not null)
        {
            _history.Add(_lastReply);
        }

        return reply;
    }

    /// <summary>
    /// The tokens of the model's answer to <paramref name="history"/>: the text of each update of
    /// <see cref="IChatClient.GetStreamingResponseAsync"/> with <see cref="ChatOptions"/>. Override to change the call
    /// (other options per turn, a filter on the text).
    /// </summary>
    /// <param name="history">The conversation, ending with the caller's turn.</param>
    /// <param name="cancellationToken">Cancelled when the caller interrupts or the reply is cancelled.</param>
    /// <returns>The text pieces as they come.</returns>
    protected virtual async IAsyncEnumerable<string> GetReplyTokensAsync(IEnumerable<ChatMessage> history, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (ChatResponseUpdate update in ChatClient.GetStreamingResponseAsync(history, ChatOptions, cancellationToken).ConfigureAwait(false))
        {
            yield return update.Text;
        }
    }

    /// <summary>Handles one message: calls the method for its type; other messages (unknown, malformed, <c>info</c>) are ignored.</summary>
    /// <param name="session">The session.</param>
    /// <param name="message">The message read.</param>
    /// <param name="cancellationToken">The conversation's token.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    protected virtual ValueTask OnMessageAsync(ConversationRelaySession session, ConversationRelayMessage message, CancellationToken cancellationToken) => message switch
    {
        SetupMessage setup => OnSetupAsync(session, setup, cancellationToken),
        PromptMessage prompt => OnPromptAsync(session, prompt, cancellationToken),
        DtmfMessage dtmf => OnDtmfAsync(session, dtmf, cancellationToken),
        InterruptMessage interrupt => OnInterruptAsync(session, interrupt, cancellationToken),
        ErrorMessage error => OnErrorAsync(session, error, cancellationToken),
        _ => ValueTask.CompletedTask,
    };

    /// <summary>Handles the <c>setup</c>; does nothing by default (override to log the call or read custom parameters).</summary>
    /// <param name="session">The session.</param>
    /// <param name="setup">The setup message.</param>
    /// <param name="cancellationToken">The conversation's token.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    protected virtual ValueTask OnSetupAsync(ConversationRelaySession session, SetupMessage setup, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Handles a <c>prompt</c>: a final one (<c>last: true</c>) is answered with <see cref="ReplyAsync"/>; partial ones are ignored.</summary>
    /// <param name="session">The session.</param>
    /// <param name="prompt">The prompt message.</param>
    /// <param name="cancellationToken">The conversation's token.</param>
    /// <returns>A task that completes when the reply has been spoken or stopped.</returns>
    protected virtual async ValueTask OnPromptAsync(ConversationRelaySession session, PromptMessage prompt, CancellationToken cancellationToken)
    {
        if (prompt.Last)
        {
            await ReplyAsync(session, prompt.VoicePrompt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Handles a <c>dtmf</c>; does nothing by default (override to end on a key, or answer it with <see cref="ReplyAsync"/>).</summary>
    /// <param name="session">The session.</param>
    /// <param name="dtmf">The dtmf message.</param>
    /// <param name="cancellationToken">The conversation's token.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    protected virtual ValueTask OnDtmfAsync(ConversationRelaySession session, DtmfMessage dtmf, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Handles an <c>interrupt</c> read after its reply was sent whole (the caller spoke over its playback): the
    /// assistant's last turn in the history becomes the interrupt's <c>utteranceUntilInterrupt</c> (removed when that
    /// is empty). An interrupt that stopped a reply while it was sent was already applied by <see cref="ReplyAsync"/>.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="interrupt">The interrupt message.</param>
    /// <param name="cancellationToken">The conversation's token.</param>
    /// <returns>A task that completes when the history is updated.</returns>
    protected virtual ValueTask OnInterruptAsync(ConversationRelaySession session, InterruptMessage interrupt, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(interrupt, _handledInterrupt) || _lastReply is null)
        {
            return ValueTask.CompletedTask;
        }

        int index = _history.LastIndexOf(_lastReply);
        if (index >= 0)
        {
            if (interrupt.UtteranceUntilInterrupt.Length > 0)
            {
                _history[index] = _lastReply = new ChatMessage(ChatRole.Assistant, interrupt.UtteranceUntilInterrupt);
            }
            else
            {
                _history.RemoveAt(index);
                _lastReply = null;
            }
        }

        _handledInterrupt = interrupt;
        return ValueTask.CompletedTask;
    }

    /// <summary>Handles an <c>error</c> (the provider refused a message, Twilio error 64107); the session goes on. Does nothing by default (override to log it).</summary>
    /// <param name="session">The session.</param>
    /// <param name="error">The error message.</param>
    /// <param name="cancellationToken">The conversation's token.</param>
    /// <returns>A task that completes when the message is handled.</returns>
    protected virtual ValueTask OnErrorAsync(ConversationRelaySession session, ErrorMessage error, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
