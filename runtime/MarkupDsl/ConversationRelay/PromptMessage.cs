namespace MarkupDsl.ConversationRelay;

/// <summary>
/// The <c>prompt</c> message: what the caller said, transcribed. With partial prompts on, several come with
/// <see cref="Last"/> <see langword="false"/> before the final transcript of the utterance, which has it
/// <see langword="true"/>: answer that one.
/// </summary>
public sealed class PromptMessage : ConversationRelayMessage
{
    /// <summary>Creates the message.</summary>
    /// <param name="voicePrompt">The transcript (the <c>voicePrompt</c>); <see langword="null"/> reads as empty.</param>
    /// <param name="lang">The language it was recognised in (the <c>lang</c>, BCP-47, e.g. <c>en-US</c>), or <see langword="null"/>.</param>
    /// <param name="last">Whether this is the final transcript of the utterance (the <c>last</c>).</param>
    public PromptMessage(string? voicePrompt, string? lang, bool last)
    {
        VoicePrompt = voicePrompt ?? "";
        Lang = lang;
        Last = last;
    }

    /// <summary>The <c>voicePrompt</c>: the caller's words; empty when absent.</summary>
    public string VoicePrompt { get; }

    /// <summary>The <c>lang</c>: the recognised language (BCP-47), or <see langword="null"/>.</summary>
    public string? Lang { get; }

    /// <summary>The <c>last</c>: <see langword="true"/> on the final transcript of an utterance; absent reads as <see langword="false"/>.</summary>
    public bool Last { get; }
}
