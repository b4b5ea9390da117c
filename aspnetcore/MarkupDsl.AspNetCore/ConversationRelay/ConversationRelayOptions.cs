using MarkupDsl.ConversationRelay;

namespace MarkupDsl.AspNetCore.ConversationRelay;

/// <summary>
/// Settings of the endpoints <c>MapConversationRelay</c> maps, bound through the options pattern
/// (<see cref="ConversationRelayServiceCollectionExtensions.AddConversationRelay"/>,
/// <c>services.Configure&lt;ConversationRelayOptions&gt;(...)</c>, or a configuration section).
/// </summary>
public sealed class ConversationRelayOptions
{
    /// <summary>
    /// The settings of each <see cref="ConversationRelaySession"/>: <see cref="ConversationRelaySessionOptions.MaxMessageSize"/>,
    /// <see cref="ConversationRelaySessionOptions.CloseTimeout"/>, the clock, and the <see cref="ConversationRelaySessionOptions.Provider"/>,
    /// which when stated also limits which provider's credentials an upgrade is checked against. Set its properties
    /// in place (<c>o.Session.CloseTimeout = ...</c>) so that every source's settings compose;
    /// <see cref="ConversationRelayServiceCollectionExtensions.AddConversationRelay"/> checks them all at start-up.
    /// </summary>
    public ConversationRelaySessionOptions Session { get; set; } = new();

    /// <summary>
    /// Whether a WebSocket upgrade must carry a registered provider's signature or token (default
    /// <see langword="true"/>; Twilio signs the ConversationRelay upgrade with <c>X-Twilio-Signature</c>); one that
    /// does not is answered 403 with a warning log line. Turn it off only where something else authenticates the provider.
    /// </summary>
    public bool ValidateRequests { get; set; } = true;
}
