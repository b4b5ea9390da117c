using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace MarkupDsl.Tests.ConversationRelay;

/// <summary>
/// A chat client that answers every request with <c>You said: {last user message}</c>, one word (with its following
/// space) per update after <see cref="Delay"/>, and records what it was asked: the bridge's model, without a model.
/// </summary>
internal sealed class ScriptedChatClient : IChatClient
{
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(5);

    public List<ChatMessage[]> Requests { get; } = [];

    public ChatOptions? LastOptions { get; private set; }

    public static IEnumerable<string> Words(string text)
    {
        string[] words = text.Split(' ');
        return words.Select((word, i) => i < words.Length - 1 ? word + " " : word);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatMessage[] asked = [.. messages];
        Requests.Add(asked);
        LastOptions = options;
        yield return new ChatResponseUpdate(ChatRole.Assistant, "");
        foreach (string word in Words("You said: " + asked.Last(m => m.Role == ChatRole.User).Text))
        {
            await Task.Delay(Delay, cancellationToken);
            yield return new ChatResponseUpdate(ChatRole.Assistant, word);
        }
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The bridge streams.");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
