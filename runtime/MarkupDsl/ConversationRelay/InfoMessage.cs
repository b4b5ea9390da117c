namespace MarkupDsl.ConversationRelay;

/// <summary>
/// The <c>info</c> message: a status report with a name and a value (e.g. <c>tokensPlayed</c>,
/// <c>agentSpeaking</c>). Not on either provider's messages page; seen in community code and read in case a
/// session sends it.
/// </summary>
public sealed class InfoMessage : ConversationRelayMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="name">The <c>name</c>, or <see langword="null"/>.</param>
    /// <param name="value">The <c>value</c>: a string as is, any other JSON value as its text, or <see langword="null"/>.</param>
    public InfoMessage(string? name, string? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The <c>name</c>, or <see langword="null"/>.</summary>
    public string? Name { get; }

    /// <summary>The <c>value</c>: a JSON string as is, a number, boolean, object or array as its JSON text; <see langword="null"/> when absent or null.</summary>
    public string? Value { get; }
}
