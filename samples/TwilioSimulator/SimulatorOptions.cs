using MarkupDsl.Simulator;

namespace TwilioSimulator;

/// <summary>How the simulated provider places its calls.</summary>
public sealed record SimulatorOptions
{
    /// <summary>The WAV files to stream (PCM16, 8 kHz, mono), one call each; by default every <c>audio/*.wav</c> beside the program.</summary>
    public IReadOnlyList<string> AudioFiles { get; init; } = BundledAudio();

    /// <summary>Playing speed: 1 streams and plays audio in real time, 10 ten times as fast.</summary>
    public double Speed { get; init; } = 1;

    /// <summary>How long the app must stay silent, after the audio has been sent and played, before the call ends with <c>stop</c>.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where the server's and the simulator's WAV files go.</summary>
    public string RecordingsDirectory { get; init; } = "recordings";

    /// <summary>An already running voice server to call (with <see cref="Pin"/>); <see langword="null"/> starts one in-process.</summary>
    public Uri? Server { get; init; }

    /// <summary>The SHA-256 of <see cref="Server"/>'s certificate, the only certificate trusted.</summary>
    public CertificatePin? Pin { get; init; }

    /// <summary>
    /// The auth token the webhook and the stream's upgrade are signed with (<c>X-Twilio-Signature</c>), as Twilio
    /// signs with the account's; by default the one the sample server expects by default.
    /// </summary>
    public string AuthToken { get; init; } = VoiceServer.VoiceServerOptions.SampleAuthToken;

    /// <summary>The caller's number, sent as the webhook's <c>From</c>.</summary>
    public string From { get; init; } = "+15005550006";

    /// <summary>The called number, sent as the webhook's <c>To</c>.</summary>
    public string To { get; init; } = "+15005550001";

    private static string[] BundledAudio()
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "audio");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.wav").Order(StringComparer.Ordinal)] : [];
    }
}
