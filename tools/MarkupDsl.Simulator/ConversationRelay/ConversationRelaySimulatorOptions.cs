namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>How the simulated provider runs a ConversationRelay session.</summary>
public sealed record ConversationRelaySimulatorOptions
{
    /// <summary>
    /// Who calls (<see cref="MarkupDsl.MediaStreams.MediaStreamProvider.Twilio"/> or
    /// <see cref="MarkupDsl.MediaStreams.MediaStreamProvider.Telnyx"/>), the auth token, the numbers and the trust;
    /// the media options (speed, DTMF, recordings) do not apply.
    /// </summary>
    public CallOptions Call { get; init; } = new();

    /// <summary>How long the app has to finish a reply (a token with <c>last: true</c>) or to send <c>end</c>; 5 s by default.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long, after an interrupt and after the last turn, the app's messages are still watched; 300 ms by default.</summary>
    public TimeSpan Watch { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The <c>lang</c> of the prompts (BCP-47), <c>en-US</c> by default.</summary>
    public string Language { get; init; } = "en-US";

    /// <summary>
    /// Custom parameters sent in <c>setup</c> besides the answer's <c>&lt;Parameter&gt;</c>s (a name here wins): the only
    /// ones when the WebSocket URL is given directly.
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Checks the options together.</summary>
    /// <exception cref="ArgumentException">A provider without ConversationRelay, a timeout that is not positive, or an empty language.</exception>
    public void Validate()
    {
        Call.Validate();
        if (Call.Provider is not (MarkupDsl.MediaStreams.MediaStreamProvider.Twilio or MarkupDsl.MediaStreams.MediaStreamProvider.Telnyx))
        {
            throw new ArgumentException($"ConversationRelay is Twilio's and Telnyx's; {Call.Provider} has none.", nameof(Call));
        }

        if (ReplyTimeout <= TimeSpan.Zero || Watch < TimeSpan.Zero)
        {
            throw new ArgumentException($"The reply timeout must be positive and the watch not negative, not {ReplyTimeout} and {Watch}.", nameof(ReplyTimeout));
        }

        if (string.IsNullOrWhiteSpace(Language))
        {
            throw new ArgumentException("The prompts' language must not be empty.", nameof(Language));
        }
    }
}
