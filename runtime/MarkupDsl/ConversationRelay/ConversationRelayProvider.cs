namespace MarkupDsl.ConversationRelay;

/// <summary>Which provider speaks on a ConversationRelay WebSocket: both use the same message names and fields, Telnyx adds its call ids to <c>setup</c>.</summary>
public enum ConversationRelayProvider
{
    /// <summary>Not stated: told from the <c>setup</c> message.</summary>
    Unknown,

    /// <summary>Twilio, <c>&lt;Connect&gt;&lt;ConversationRelay&gt;</c> in TwiML.</summary>
    Twilio,

    /// <summary>Telnyx, <c>&lt;Connect&gt;&lt;ConversationRelay&gt;</c> in TeXML or the Start Conversation Relay command.</summary>
    Telnyx,
}
