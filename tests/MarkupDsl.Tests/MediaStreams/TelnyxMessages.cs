namespace MarkupDsl.Tests.MediaStreams;

/// <summary>The inbound messages of Telnyx's "Media Streaming" page (snake_case, top-level <c>stream_id</c>), as the tests send them.</summary>
internal static class TelnyxMessages
{
    public const string StreamId = "32de0dea-53cb-4b21-89a4-9e44b1b1d3f1";
    public const string CallControlId = "v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ";

    public const string Connected = """{"event":"connected","version":"1.0.0"}""";

    public static string Start(string encoding = "PCMU", int sampleRate = 8000) => $$$$"""
        {"event":"start","sequence_number":"1","stream_id":"{{{{StreamId}}}}",
         "start":{"user_id":"3e6f995f-85f7-4705-9741-53b116d28237","call_control_id":"{{{{CallControlId}}}}",
          "call_session_id":"ff55a038-4f71-11ee-a9ab-02420a0f6a69","from":"+13122010000","to":"+13122010001",
          "client_state":"aGF2ZSBhIG5pY2UgZGF5ID1d","custom_parameters":{"customer_id":"123"},
          "media_format":{"encoding":"{{{{encoding}}}}","sample_rate":{{{{sampleRate}}}},"channels":1}}}
        """;

    public static string Media(int chunk, string base64Payload) =>
        $$$"""{"event":"media","sequence_number":"{{{chunk + 1}}}","stream_id":"{{{StreamId}}}","media":{"track":"inbound","chunk":"{{{chunk}}}","timestamp":"{{{chunk * 20}}}","payload":"{{{base64Payload}}}"}}""";

    public static string DtmfAt(string digit, string occurredAt) =>
        $$$"""{"event":"dtmf","sequence_number":"5","stream_id":"{{{StreamId}}}","occurred_at":"{{{occurredAt}}}","dtmf":{"digit":"{{{digit}}}"}}""";

    public const string Dtmf = """{"event":"dtmf","sequence_number":"5","stream_id":"32de0dea-53cb-4b21-89a4-9e44b1b1d3f1","occurred_at":"2025-06-05T08:54:19.698408Z","dtmf":{"digit":"1"}}""";

    public static string Mark(string name) =>
        $$$"""{"event":"mark","sequence_number":"6","stream_id":"{{{StreamId}}}","mark":{"name":"{{{name}}}"}}""";

    public const string Error = """{"event":"error","stream_id":"32de0dea-53cb-4b21-89a4-9e44b1b1d3f1","payload":{"code":100003,"title":"malformed_frame","detail":"The frame is not JSON"}}""";

    public const string OlderError = """{"event":"error","error":{"code":"100005","title":"rate_limit_reached","detail":"Too many requests"}}""";

    public const string Stop = """{"event":"stop","sequence_number":"7","stream_id":"32de0dea-53cb-4b21-89a4-9e44b1b1d3f1","stop":{"user_id":"3e6f995f-85f7-4705-9741-53b116d28237","call_control_id":"v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ"}}""";
}
