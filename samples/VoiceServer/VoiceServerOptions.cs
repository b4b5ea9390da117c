namespace VoiceServer;

/// <summary>How to run the voice server.</summary>
public sealed class VoiceServerOptions
{
    /// <summary>The loopback port for HTTPS and <c>wss://</c>; 0 (the default) takes a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where each call's inbound audio is written, as <c>{callSid}-inbound.wav</c>.</summary>
    public string RecordingsDirectory { get; init; } = "recordings";

    /// <summary>
    /// The auth token every request must be signed with (<c>X-Twilio-Signature</c> on the webhook and the stream's
    /// upgrade): with real Twilio, the account's auth token; by default <see cref="SampleAuthToken"/>, which the
    /// simulator signs with too.
    /// </summary>
    public string AuthToken { get; init; } = SampleAuthToken;

    /// <summary>The auth token the sample server and the simulator share when none is given: not a secret, for loopback demos only.</summary>
    public const string SampleAuthToken = "markupdsl-sample-auth-token";

    /// <summary>The least severe log level written to the console.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;
}
