namespace VoiceAgent;

/// <summary>How to run the voice agent.</summary>
public sealed class VoiceAgentOptions
{
    /// <summary>
    /// The auth token the sample voice server, this agent and the simulator share when none is given: not a secret,
    /// for loopback demos only (samples/VoiceServer's <c>VoiceServerOptions.SampleAuthToken</c>).
    /// </summary>
    public const string SampleAuthToken = "markupdsl-sample-auth-token";

    /// <summary>The loopback port for HTTPS and <c>wss://</c>; 0 (the default) takes a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// The auth token every request must be signed with (<c>X-Twilio-Signature</c> on the webhooks and on the
    /// ConversationRelay upgrade): with real Twilio, the account's auth token; by default <see cref="SampleAuthToken"/>.
    /// </summary>
    public string AuthToken { get; init; } = SampleAuthToken;

    /// <summary>How long the local chat client takes for each token, as a model streaming its answer would; 50 ms by default.</summary>
    public TimeSpan TokenDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>What the caller hears first, before saying anything.</summary>
    public string WelcomeGreeting { get; init; } = "Hello! I repeat what you say. Press 0 for an operator.";

    /// <summary>The least severe log level written to the console.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Adds to the logging after the console (another provider, a filter), or <see langword="null"/>.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }
}
