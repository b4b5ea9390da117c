using System;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Settings for Telnyx request validation, bound through the options pattern.</summary>
public sealed class TelnyxRequestValidationOptions
{
    /// <summary>
    /// The account's Ed25519 public key, Base64 (32 bytes; Mission Control portal, Keys &amp; Credentials, Public
    /// Key), that webhook signatures are verified with. When empty, Telnyx webhooks are refused.
    /// </summary>
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>
    /// The token Telnyx sends in the <c>x-telnyx-streaming-auth-token</c> header of the Media Streams WebSocket
    /// upgrade: the streaming auth token configured for the stream. When empty, Telnyx stream upgrades are refused.
    /// </summary>
    public string StreamingAuthToken { get; set; } = string.Empty;

    /// <summary>How far a webhook's <c>telnyx-timestamp</c> may be from now, either way (default 5 minutes): older requests are refused as replays.</summary>
    public TimeSpan TimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);
}
