using System;

namespace MarkupDsl.AspNetCore.Tests.MediaStreams;

/// <summary>The provider's side of a Twilio Media Stream: the messages of "Media Streams - WebSocket Messages".</summary>
internal static class TwilioStream
{
    public const string StreamSid = "MZ18ad3ab5a668481ce02b83e7395059f0";
    public const string CallSid = "CA8c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3b";

    public const string Start = """
        {"event":"start","sequenceNumber":"1","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0",
         "start":{"accountSid":"AC4c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3a","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0","callSid":"CA8c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3b",
          "tracks":["inbound"],"mediaFormat":{"encoding":"audio/x-mulaw","sampleRate":8000,"channels":1},"customParameters":{}}}
        """;

    public const string Stop = """{"event":"stop","sequenceNumber":"9","streamSid":"MZ18ad3ab5a668481ce02b83e7395059f0","stop":{"accountSid":"AC4c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3a","callSid":"CA8c1d9f1a2b7e0c5d3f6a8b9c0d1e2f3b"}}""";

    public static string Media(int chunk, byte[] muLaw) =>
        $$$"""{"event":"media","sequenceNumber":"{{{chunk + 1}}}","streamSid":"{{{StreamSid}}}","media":{"track":"inbound","chunk":"{{{chunk}}}","timestamp":"{{{(chunk - 1) * 20}}}","payload":"{{{Convert.ToBase64String(muLaw)}}}"}}""";

    public static string Mark(string name) =>
        $$$"""{"event":"mark","sequenceNumber":"8","streamSid":"{{{StreamSid}}}","mark":{"name":"{{{name}}}"}}""";
}
