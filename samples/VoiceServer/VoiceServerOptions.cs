namespace VoiceServer;

/// <summary>How to run the voice server.</summary>
public sealed class VoiceServerOptions
{
    /// <summary>The loopback port for HTTPS and <c>wss://</c>; 0 (the default) takes a free one.</summary>
    public int Port { get; init; }

    /// <summary>Where each call's inbound audio is written, as <c>{callSid}-inbound.wav</c>.</summary>
    public string RecordingsDirectory { get; init; } = "recordings";

    /// <summary>The least severe log level written to the console.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;
}
