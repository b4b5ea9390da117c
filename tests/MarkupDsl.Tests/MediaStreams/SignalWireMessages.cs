namespace MarkupDsl.Tests.MediaStreams;

/// <summary>
/// The inbound messages of a SignalWire cXML <c>&lt;Stream&gt;</c>: Twilio's shape with UUID SIDs, version 0.2.0,
/// <c>start</c> and <c>media</c> without a top-level <c>streamSid</c>, a bare <c>stop</c>.
/// </summary>
internal static class SignalWireMessages
{
    public const string StreamSid = "b5b5bd0c-8b2d-4d6c-9ac4-4e0c1d8a2f61";
    public const string CallSid = "0c6f3e2a-5b1d-4f7e-8a9c-2d4e6f8a0b1c";

    public const string Connected = """{"event":"connected","protocol":"Call","version":"0.2.0"}""";

    public static string Start(string encoding = "audio/x-mulaw", int sampleRate = 8000) => $$$$"""
        {"event":"start","sequenceNumber":"1",
         "start":{"accountSid":"6a1e2f3d-4c5b-4a69-8d7e-1f2a3b4c5d6e","streamSid":"{{{{StreamSid}}}}","callSid":"{{{{CallSid}}}}",
          "tracks":["inbound"],"mediaFormat":{"encoding":"{{{{encoding}}}}","sampleRate":{{{{sampleRate}}}},"channels":1},
          "customParameters":{"lang":"en"}}}
        """;

    public static string Media(int chunk, string base64Payload) =>
        $$$"""{"event":"media","sequenceNumber":"{{{chunk + 1}}}","media":{"track":"inbound","chunk":{{{chunk}}},"timestamp":{{{chunk * 20}}},"payload":"{{{base64Payload}}}"}}""";

    public const string Dtmf = """{"event":"dtmf","sequenceNumber":"5","dtmf":{"digit":"5","duration":2000}}""";

    public static string Mark(string name) =>
        $$$"""{"event":"mark","sequenceNumber":"6","streamSid":"{{{StreamSid}}}","mark":{"name":"{{{name}}}"}}""";

    public const string Stop = """{"event":"stop","sequenceNumber":"9"}""";
}
