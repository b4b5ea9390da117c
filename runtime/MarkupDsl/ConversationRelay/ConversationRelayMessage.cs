namespace MarkupDsl.ConversationRelay;

/// <summary>
/// One message received from the provider on a ConversationRelay WebSocket, parsed by
/// <see cref="ConversationRelayMessageReader"/>. Match on the concrete type: <see cref="SetupMessage"/>,
/// <see cref="PromptMessage"/>, <see cref="DtmfMessage"/>, <see cref="InterruptMessage"/>,
/// <see cref="ErrorMessage"/>, <see cref="InfoMessage"/>, <see cref="UnknownMessage"/>, or
/// <see cref="MalformedMessage"/> for a message that could not be read.
/// </summary>
/// <remarks>Sources: Twilio, "ConversationRelay - WebSocket messages" (twilio.com/docs/voice/conversationrelay/websocket-messages);
/// Telnyx, "ConversationRelay WebSocket channel" (developers.telnyx.com/api-reference/websockets/conversationrelay-websocket-channel).</remarks>
public abstract class ConversationRelayMessage
{
    private protected ConversationRelayMessage()
    {
    }
}
