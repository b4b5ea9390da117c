namespace MarkupDsl.Simulator;

/// <summary>What the simulated provider did and saw on one call.</summary>
/// <param name="CallSid">The call's id (Twilio <c>CA...</c>), as sent in the webhook and the <c>start</c> message.</param>
/// <param name="StreamSid">The stream's id (Twilio <c>MZ...</c>).</param>
/// <param name="AudioPath">The WAV file streamed as the caller's voice, or a label for built-in audio.</param>
/// <param name="Webhook">The voice webhook that was POSTed.</param>
/// <param name="Stream">The <c>&lt;Stream&gt;</c> the webhook answered with.</param>
/// <param name="SentMuLaw">Every mu-law byte sent in <c>media</c> messages, in order.</param>
/// <param name="PaddingSamples">Samples of mu-law silence that filled up the last 20 ms frame.</param>
/// <param name="MessagesSent">Messages to the app, by event name.</param>
/// <param name="MessagesReceived">Messages from the app, by event name (<c>invalid</c> for rejected ones).</param>
/// <param name="MarksReturned">The marks returned to the app after their audio played (or was cleared), in order.</param>
/// <param name="ProtocolErrors">Why the provider would have rejected a message from the app; empty when none.</param>
/// <param name="OutboundWavePath">The WAV file of the audio the app sent, as played (8 kHz mono PCM16).</param>
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
    TimeSpan Elapsed)
{
    /// <summary>
    /// Each mark's round trip: from sending the inbound frame the app had echoed in full when the mark arrived to the
    /// mark's arrival (for an echoing app, how long it took to answer that frame).
    /// </summary>
    public IReadOnlyList<TimeSpan> MarkRoundTrips { get; init; } = [];

    /// <summary>Samples of audio received from the app (mu-law, 8 kHz).</summary>
    public long SamplesReceived { get; init; }

    /// <summary>Frames sent more than 20 ms after they were due: the simulator falling behind.</summary>
    public long LateFrames { get; init; }

    /// <summary>20 ms frames of caller audio sent.</summary>
    public int FramesSent => SentMuLaw.Length / InboundAudio.FrameSamples;

    /// <summary>20 ms frames' worth of audio received from the app.</summary>
    public long FramesReceived => (SamplesReceived + InboundAudio.FrameSamples - 1) / InboundAudio.FrameSamples;

    /// <summary>On a two-way stream, frames sent that did not come back (an echoing app returns every one); 0 on a one-way stream.</summary>
    public long FramesLost => Stream.Bidirectional ? Math.Max(0, FramesSent - FramesReceived) : 0;
}
