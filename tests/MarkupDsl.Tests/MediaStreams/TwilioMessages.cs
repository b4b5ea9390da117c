namespace MarkupDsl.Tests.MediaStreams;

/// <summary>The inbound messages of Twilio's "Media Streams - WebSocket Messages" page, as the tests send them.</summary>
internal static class TwilioMessages
{
    public const string StreamSid = "MZ18ad3ab5a668481ce02b83e7395059f0";
    public const string AccountSid = "AC4c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3a";
    public const string CallSid = "CA8c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3b";

    public const string Connected = """{"event":"connected","protocol":"Call","version":"1.0.0"}""";

    public const string Start = """
        {"event":"start","sequenceNumber":"1","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0",
         "start":{"accountSid":"AC4c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3a","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0","callSid":"CA8c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3b","tracks":["inbound"],
          "mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1},
          "customParameters":{"FirstName":"Jane","LastName":"Doe"}}}
        """;

    // Payload: the mu-law bytes 0xFF 0x7F 0x00 0x80.
    public const string Media = """
        {"event":"media","sequenceNumber":"4","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0",
         "media":{"track":"inbound","chunk":"2","timestamp":"5","payload":"/38AgA=="}}
        """;

    public const string Dtmf = """{"event":"dtmf","sequenceNumber":"5","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0","dtmf":{"track":"inbound_track","digit":"1"}}""";

    public const string Mark = """{"event":"mark","sequenceNumber":"6","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0","mark":{"name":"label"}}""";

    public const string Stop = """{"event":"stop","sequenceNumber":"7","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0","stop":{"accountSid":"AC4c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3a","callSid":"CA8c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3b"}}""";

    public static string MediaFrame(int chunk, string base64Payload) =>
        $$$"""{"event":"media","sequenceNumber":"{{{chunk + 2}}}","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0","media":{"track":"inbound","chunk":"{{{chunk}}}","timestamp":"{{{(chunk - 1) * 20}}}","payload":"{{{base64Payload}}}"}}""";
}
