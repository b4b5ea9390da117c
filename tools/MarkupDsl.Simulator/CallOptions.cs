using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator;

/// <summary>How the simulated provider places its calls.</summary>
public sealed record CallOptions
{
    /// <summary>
    /// Whose webhook, markup and Media Streams dialect to use: <see cref="MediaStreamProvider.Twilio"/> (the default),
    /// <see cref="MediaStreamProvider.Telnyx"/> or <see cref="MediaStreamProvider.SignalWire"/>.
    /// </summary>
    public MediaStreamProvider Provider { get; init; } = MediaStreamProvider.Twilio;

    /// <summary>
    /// The account's auth token: signs the webhook POST and the WebSocket upgrade (Twilio <c>X-Twilio-Signature</c>,
    /// SignalWire <c>X-SignalWire-Signature</c>, both HMAC-SHA1 over the URL and sorted form fields). Telnyx signs
    /// webhooks with Ed25519 and its own private key, which no simulator has: its webhook goes unsigned and the token
    /// is sent as <c>x-telnyx-streaming-auth-token</c> on the upgrade. <see langword="null"/> signs nothing.
    /// </summary>
    public string? AuthToken { get; init; }

    /// <summary>Playing speed: 1 streams and plays audio in real time, 10 ten times as fast.</summary>
    public double Speed { get; init; } = 1;

    /// <summary>How long the app must stay silent, after the audio has been sent and played, before the call ends with <c>stop</c>.</summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Where a single call's played-back audio is written, as <c>{callSid}-outbound.wav</c>.</summary>
    public string RecordingsDirectory { get; init; } = "recordings";

    /// <summary>The caller's number, sent as the webhook's <c>From</c>.</summary>
    public string From { get; init; } = "+15005550006";

    /// <summary>The called number, sent as the webhook's <c>To</c>.</summary>
    public string To { get; init; } = "+15005550001";

    /// <summary>Keys the caller presses (<c>0</c>-<c>9</c>, <c>*</c>, <c>#</c>, <c>A</c>-<c>D</c>), one every 500 ms of audio from 1 s on.</summary>
    public string Dtmf { get; init; } = "";

    /// <summary>The SHA-256 of the server's certificate, then the only one trusted whatever its chain.</summary>
    public CertificatePin? Pin { get; init; }

    /// <summary>Trusts any server certificate (a self-signed one without knowing its pin).</summary>
    public bool Insecure { get; init; }

    /// <summary>Checks the options together.</summary>
    /// <exception cref="ArgumentException">An unknown provider, a speed that is not a positive number, or a key that is not DTMF.</exception>
    public void Validate()
    {
        if (Provider is not (MediaStreamProvider.Twilio or MediaStreamProvider.Telnyx or MediaStreamProvider.SignalWire))
        {
            throw new ArgumentException($"The provider must be Twilio, Telnyx or SignalWire, not {Provider}.", nameof(Provider));
        }

        if (!(Speed > 0 && double.IsFinite(Speed)))
        {
            throw new ArgumentException($"The speed must be a positive number, not {Speed}.", nameof(Speed));
        }

        if (Dtmf.FirstOrDefault(key => !(char.IsAsciiDigit(key) || key is '*' or '#' or (>= 'A' and <= 'D'))) is not '\0' and char bad)
        {
            throw new ArgumentException($"'{bad}' in '{Dtmf}' is not a DTMF key (0-9, *, #, A-D).", nameof(Dtmf));
        }
    }
}
