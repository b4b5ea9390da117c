namespace VoiceServer.Media;

/// <summary>What the server saw and did on one call's Media Stream, once the stream has ended.</summary>
/// <param name="CallSid">The call (<c>CA...</c>) from the <c>start</c> message.</param>
/// <param name="StreamSid">The stream (<c>MZ...</c>).</param>
/// <param name="Parameters">The <c>customParameters</c> of the <c>start</c> message.</param>
/// <param name="MessagesReceived">Messages from the provider, counted by event name (<c>malformed</c> for unreadable ones).</param>
/// <param name="MessagesSent">Messages to the provider, counted by event name.</param>
/// <param name="MarksSent">The names of the marks sent, in order.</param>
/// <param name="MarksReturned">The names of the marks that came back, in order.</param>
/// <param name="InboundWavePath">The WAV file (PCM16, 8 kHz, mono) holding the caller's audio.</param>
/// <param name="InboundSamples">Samples written to <paramref name="InboundWavePath"/>.</param>
/// <param name="EndedBySocketClose">Whether the socket closed without a <c>stop</c> message.</param>
/// <param name="DroppedEvents">Events the session dropped because the handler fell behind (0 with the sample's Wait policy).</param>
public sealed record CallRecord(
    string CallSid,
    string? StreamSid,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, int> MessagesReceived,
    IReadOnlyDictionary<string, int> MessagesSent,
    IReadOnlyList<string> MarksSent,
    IReadOnlyList<string> MarksReturned,
    string InboundWavePath,
    long InboundSamples,
    bool EndedBySocketClose,
    long DroppedEvents);
