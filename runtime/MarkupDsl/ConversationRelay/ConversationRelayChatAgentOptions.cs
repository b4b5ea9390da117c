using Microsoft.Extensions.AI;

namespace MarkupDsl.ConversationRelay;

/// <summary>Settings of a <see cref="ConversationRelayChatAgent"/>.</summary>
public sealed class ConversationRelayChatAgentOptions
{
    /// <summary>
    /// The instructions the conversation starts with, as a <see cref="ChatRole.System"/> message first in the history
    /// (e.g. "You are a phone assistant: answer in one or two short spoken sentences, no markdown"); <see langword="null"/> for none.
    /// </summary>
    public string? SystemPrompt { get; set; }

    /// <summary>The options passed on every call to the chat client (model id, temperature, tools...); <see langword="null"/> for the client's defaults.</summary>
    public ChatOptions? ChatOptions { get; set; }
}
