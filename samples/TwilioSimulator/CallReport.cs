namespace TwilioSimulator;

/// <summary>What the simulated provider did and saw on one call.</summary>
/// <param name="CallSid">The call's SID (<c>CA...</c>), as sent in the webhook and the <c>start</c> message.</param>
/// <param name="StreamSid">The stream's SID (<c>MZ...</c>).</param>
/// <param name="AudioPath">The WAV file streamed as the caller's voice.</param>
/// <param name="Webhook">The voice webhook that was POSTed.</param>
/// <param name="Stream">The <c>&lt;Connect&gt;&lt;Stream&gt;</c> the webhook answered with.</param>
/// <param name="SentMuLaw">Every mu-law byte sent in <c>media</c> messages, in order.</param>
/// <param name="PaddingSamples">Samples of mu-law silence that filled up the last 20 ms frame.</param>
/// <param name="MessagesSent">Messages to the app, by event name.</param>
/// <param name="MessagesReceived">Messages from the app, by event name (<c>invalid</c> for rejected ones).</param>
/// <param name="MarksReturned">The marks returned to the app after their audio played, in order.</param>
/// <param name="ProtocolErrors">Why Twilio would have rejected a message from the app; empty when none.</param>
/// <param name="OutboundWavePath">The WAV file of the audio the app sent, as played.</param>
/// <param name="OutboundSamples">Samples in <paramref name="OutboundWavePath"/>.</param>
/// <param name="Elapsed">From the webhook to the closed socket.</param>
public sealed record CallReport(
    string CallSid,
    string StreamSid,
    string AudioPath,
    Uri Webhook,
    StreamInstruction Stream,
    ReadOnlyMemory<byte> SentMuLaw,
    int PaddingSamples,
    IReadOnlyDictionary<string, int> MessagesSent,
    IReadOnlyDictionary<string, int> MessagesReceived,
    IReadOnlyList<string> MarksReturned,
    IReadOnlyList<string> ProtocolErrors,
    string OutboundWavePath,
    long OutboundSamples,
    TimeSpan Elapsed);
