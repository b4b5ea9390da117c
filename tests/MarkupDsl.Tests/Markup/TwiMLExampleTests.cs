using System.IO;
using MarkupDsl.Markup;
using MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>The documents of Twilio's Media Streams pages, written with the builders.</summary>
public sealed class TwiMLExampleTests
{
    [Fact]
    public void Start_stream_with_custom_parameters() => AssertExample(
        "custom-parameters.xml",
        new VoiceResponse()
            .Start(start => start
                .Stream("wss://mystream.ngrok.io/example", stream => stream
                    .Parameter("FirstName", "Jane")
                    .Parameter("LastName", "Doe"))));

    [Fact]
    public void Connect_stream_then_say() => AssertExample(
        "connect-stream.xml",
        new VoiceResponse()
            .Connect(connect => connect.Stream("wss://example.com/audiostream"))
            .Say("This TwiML instruction is unreachable unless the Stream is ended by your WebSocket server."));

    [Fact]
    public void Start_named_stream_then_say() => AssertExample(
        "start-stream-named.xml",
        new VoiceResponse()
            .Start(start => start.Stream("wss://example.com/audiostream", name: "Example Audio Stream"))
            .Say("The stream has started."));

    [Fact]
    public void Stop_stream_by_name() => AssertExample(
        "stop-stream.xml",
        new VoiceResponse()
            .Stop(stop => stop.Stream("my_first_stream")));

    private static void AssertExample(string file, MarkupDocument document)
    {
        string expected = File.ReadAllText(Path.Combine("Data", "twiml", file));
        string actual = document.ToString();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", actual);
        XmlAssert.SameTree(expected, actual);
    }
}
