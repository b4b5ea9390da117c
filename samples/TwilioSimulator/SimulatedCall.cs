using MarkupDsl.Audio;
using MarkupDsl.Simulator;
using VoiceServer.Media;

namespace TwilioSimulator;

/// <summary>One call seen from both ends: the simulated provider's report and, when the server ran in-process, the app's.</summary>
/// <param name="Provider">What the simulator sent, received and recorded.</param>
/// <param name="App">What the voice server recorded, or <see langword="null"/> for a server in another process.</param>
public sealed record SimulatedCall(CallReport Provider, CallRecord? App)
{
    /// <summary>Checks the call end to end: audio in and out sample for sample, marks, protocol.</summary>
    /// <returns>Each check with its outcome.</returns>
    public IReadOnlyList<(string Check, bool Passed)> Check()
    {
        short[] sent = new short[Provider.SentMuLaw.Length];
        MuLaw.Decode(Provider.SentMuLaw.Span, sent);
        var checks = new List<(string, bool)>();
        if (App is not null)
        {
            checks.Add(("the app's inbound WAV equals the decoded mu-law sent, sample for sample", SameSamples(App.InboundWavePath, sent)));
            checks.Add(("every mark the app sent came back, in order", App.MarksSent.SequenceEqual(App.MarksReturned)));
        }

        checks.Add(("the echo played back equals the audio sent, sample for sample", SameSamples(Provider.OutboundWavePath, sent)));
        checks.Add(("Twilio would have accepted every message from the app", Provider.ProtocolErrors.Count == 0));
        return checks;
    }

    private static bool SameSamples(string wavePath, short[] expected) =>
        WaveReader.ReadPcm16(wavePath).Samples.Span.SequenceEqual(expected);
}
