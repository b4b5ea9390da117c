using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>The schema files are valid W3C XML Schema, and what the builders write is valid against them.</summary>
public sealed class SchemaValidityTests
{
    private static readonly string SchemaFolder = Path.Combine("Data", "schemas");

    private static XmlSchemaSet LoadSchemas()
    {
        var set = new XmlSchemaSet();
        foreach (string file in Directory.GetFiles(SchemaFolder, "*.xsd").Order())
        {
            using XmlReader reader = XmlReader.Create(file);
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    [Fact]
    public void Every_schema_file_loads_and_the_set_compiles()
    {
        XmlSchemaSet set = LoadSchemas();
        Assert.True(set.IsCompiled);
        Assert.Equal(Directory.GetFiles(SchemaFolder, "*.xsd").Length, set.Count);
        string[] elements = set.GlobalElements.Names.Cast<XmlQualifiedName>().Select(n => n.Name).Order(System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Connect", "Parameter", "Response", "Say", "Start", "Stop", "Stream", "main", "stop_stream", "stream" }, elements);
    }

    [Theory]
    [InlineData("custom-parameters.xml")]
    [InlineData("connect-stream.xml")]
    [InlineData("start-stream-named.xml")]
    [InlineData("stop-stream.xml")]
    public void Twilio_examples_are_valid_against_the_schemas(string file) =>
        Validate(XDocument.Load(Path.Combine("Data", "twiml", file)));

    [Theory]
    [InlineData("no-reconnect.xml")]
    [InlineData("status-callback-parameters.xml")]
    [InlineData("both-tracks.xml")]
    public void Telnyx_examples_are_valid_against_the_schemas(string file) =>
        Validate(XDocument.Load(Path.Combine("Data", "texml", file)));

    [Fact]
    public void Builder_output_with_every_attribute_is_valid_against_the_schemas() => Validate(XDocument.Parse(
        new VoiceResponse()
            .Start(start => start.Stream(
                "wss://example.com/a",
                stream => stream.Parameter("k", "v").Parameter("k2", "v2"),
                name: "a",
                track: Track.BothTracks,
                statusCallback: "https://example.com/s",
                statusCallbackMethod: CallbackMethod.Post,
                connectorName: "c"))
            .Say("hello", voice: "alice", language: "en-US", loop: 2)
            .Stop(stop => stop.Stream("a"))
            .Connect(connect => connect.Stream("wss://example.com/b"))
            .ToString()));

    [Fact]
    public void The_schemas_reject_what_the_builders_refuse()
    {
        var document = XDocument.Parse("<Response><Start><Stream url=\"ws://example.com\"/></Start></Response>");
        Assert.Throws<XmlSchemaValidationException>(() => Validate(document));
    }

    private static void Validate(XDocument document) =>
        document.Validate(LoadSchemas(), (_, e) => throw e.Exception);
}
