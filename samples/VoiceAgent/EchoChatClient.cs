using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace VoiceAgent;

/// <summary>
/// A deterministic local <see cref="IChatClient"/> standing in for a model, so that the sample runs anywhere with no
/// network and no key: it answers the conversation's last user message <c>P</c> with <c>You said: P</c>, and a key
/// press as <see cref="VoiceAgentConversation"/> words it (<c>The caller pressed 5.</c>) with <c>You pressed 5.</c>,
/// streamed one word (with its following space) at a time, <see cref="VoiceAgentOptions.TokenDelay"/> apart. A real
/// app registers OpenAI's, Azure OpenAI's or Ollama's <see cref="IChatClient"/> instead.
/// </summary>
public sealed partial class EchoChatClient : IChatClient
{
    private readonly TimeSpan _tokenDelay;

    /// <summary>Creates the client.</summary>
    /// <param name="tokenDelay">The pause before each token after the first; zero streams at once.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenDelay"/> is negative.</exception>
    public EchoChatClient(TimeSpan tokenDelay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tokenDelay, TimeSpan.Zero);
        _tokenDelay = tokenDelay;
    }

    /// <summary>The answer to <paramref name="messages"/>: <c>You said: P</c> or <c>You pressed d.</c>.</summary>
    /// <param name="messages">The conversation; its last user message is answered.</param>
    /// <returns>The answer's text.</returns>
    /// <exception cref="ArgumentException">The conversation has no user message.</exception>
    public static string Answer(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        string said = messages.LastOrDefault(message => message.Role == ChatRole.User)?.Text
            ?? throw new ArgumentException("The conversation has no user message to answer.", nameof(messages));
        return KeyPress().Match(said) is { Success: true } key ? $"You pressed {key.Groups[1].Value}." : $"You said: {said}";
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string[] words = Answer(messages).Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            if (i > 0 && _tokenDelay > TimeSpan.Zero)
            {
                await Task.Delay(_tokenDelay, cancellationToken);
            }

            yield return new ChatResponseUpdate(ChatRole.Assistant, i < words.Length - 1 ? words[i] + " " : words[i]);
        }
    }

    /// <inheritdoc/>
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        await GetStreamingResponseAsync(messages, options, cancellationToken).ToChatResponseAsync(cancellationToken);

    /// <inheritdoc/>
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    [GeneratedRegex(@"^The caller pressed (.)\.$")]
    private static partial Regex KeyPress();
}
