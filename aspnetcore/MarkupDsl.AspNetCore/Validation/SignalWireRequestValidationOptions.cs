namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Settings for SignalWire request validation, bound through the options pattern.</summary>
public sealed class SignalWireRequestValidationOptions
{
    /// <summary>
    /// The key SignalWire signs webhooks with: the project's signing key (Dashboard, API), or its API token for
    /// older projects. Required.
    /// </summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>
    /// The bearer token the stream carries: the value given to the cXML <c>&lt;Stream authBearerToken&gt;</c> or
    /// the SWML <c>authorization_bearer_token</c>, sent back by SignalWire as <c>Authorization: Bearer ...</c> on the
    /// WebSocket upgrade. When empty, SignalWire stream upgrades are refused.
    /// </summary>
    public string StreamBearerToken { get; set; } = string.Empty;
}
