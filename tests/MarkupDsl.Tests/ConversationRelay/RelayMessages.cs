namespace MarkupDsl.Tests.ConversationRelay;

/// <summary>
/// The provider's side of a ConversationRelay session, in each provider's form: Twilio's "ConversationRelay -
/// WebSocket messages" page and Telnyx's "ConversationRelay WebSocket channel" page (field values in their shape).
/// </summary>
internal static class RelayMessages
{
    public const string TwilioSetup = """
        {"type":"setup","sessionId":"VX00000000000000000000000000000001","accountSid":"AC00000000000000000000000000000002",
         "parentCallSid":"","callSid":"CA00000000000000000000000000000003","from":"+18005550100","to":"+18005550101",
         "forwardedFrom":"+18005550102","callType":"PSTN","callerName":"","direction":"inbound","callStatus":"RINGING",
         "customParameters":{"caller":"+18005550100","tier":"gold"}}
        """;

    public const string TelnyxSetup = """
        {"type":"setup","sessionId":"7a7e6a4f-1d44-4f0c-b5d4-9f9bf3a5c1f2","accountSid":"1f1a8b6f-1234-4abc-9def-1234567890ab",
         "callSid":"v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ",
         "callControlId":"v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ",
         "callSessionId":"ff55a038-6f5d-11ef-9692-02420aeffb1f","callLegId":"428c31b6-7af4-4b6f-92e7-7a7e6a4f1d44",
         "from":"+13122010094","to":"+13122123456","direction":"inbound","callerName":"","callStatus":"active",
         "customParameters":{"customer_id":"customer_123"}}
        """;

    public static string Setup(bool telnyx) => telnyx ? TelnyxSetup : TwilioSetup;

    public static string Prompt(string text, bool last = true, string lang = "en-US") =>
        $$"""{"type":"prompt","voicePrompt":"{{text}}","lang":"{{lang}}","last":{{(last ? "true" : "false")}}}""";

    public static string Dtmf(char digit) => $$"""{"type":"dtmf","digit":"{{digit}}"}""";

    /// <summary>Twilio's page shows durationUntilInterruptMs as a string, Telnyx's as a number.</summary>
    public static string Interrupt(string utterance, int milliseconds, bool telnyx) => telnyx
        ? $$"""{"type":"interrupt","utteranceUntilInterrupt":"{{utterance}}","durationUntilInterruptMs":{{milliseconds}}}"""
        : $$"""{"type":"interrupt","utteranceUntilInterrupt":"{{utterance}}","durationUntilInterruptMs":"{{milliseconds}}"}""";

    public static string Error(string description) => $$"""{"type":"error","description":"{{description}}"}""";
}
