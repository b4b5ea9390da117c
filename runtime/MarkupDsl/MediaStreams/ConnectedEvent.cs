namespace MarkupDsl.MediaStreams;

/// <summary>
/// The first message on a stream: <c>{"event":"connected","protocol":"Call","version":"1.0.0"}</c>.
/// </summary>
public sealed class ConnectedEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="protocol">The <c>protocol</c> field (<c>Call</c>), or <see langword="null"/>.</param>
    /// <param name="version">The <c>version</c> field (<c>1.0.0</c> on Twilio), or <see langword="null"/>.</param>
    public ConnectedEvent(string? protocol, string? version)
        : base(0, null)
    {
        Protocol = protocol;
        Version = version;
    }

    /// <summary>The protocol name, <c>Call</c> on Twilio.</summary>
    public string? Protocol { get; }

    /// <summary>The protocol version, <c>1.0.0</c> on Twilio.</summary>
    public string? Version { get; }
}
