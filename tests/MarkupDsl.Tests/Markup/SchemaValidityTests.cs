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

    private static readonly XNamespace Mdsl = "urn:markupdsl:schema";

    /// <summary>
    /// The files whose <c>xs:schema</c> names the dialect, compiled together: XSD has one view of an element, so each
    /// dialect's files form their own set (TwiML Messaging has a <c>&lt;Response&gt;</c> of its own). Every component
    /// whose <c>mdsl:dialects</c> leaves the dialect out is removed first, so that the set is the dialect's vocabulary
    /// alone, as the generator sees it: a TwiML-only attribute or voice is invalid in a TeXML document.
    /// </summary>
    private static XmlSchemaSet LoadSchemas(string dialect = "TwiML")
    {
        // The resolver reads schemas/w3c/xml.xsd, which the SSML files import for xml:lang.
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (string file in DialectFiles(dialect))
        {
            XDocument schema = XDocument.Load(file);
            schema.Root!.Descendants().Where(c => !HasDialect(c, dialect)).ToList().ForEach(c => c.Remove());

            // The file's own address as base URI, so that xs:import finds w3c/xml.xsd beside it.
            using var text = new StringReader(schema.ToString());
            using XmlReader reader = XmlReader.Create(text, new XmlReaderSettings(), Path.GetFullPath(file));
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private static bool HasDialect(XElement component, string dialect) =>
        ((string?)component.Attribute(Mdsl + "dialects"))?.Split(' ').Contains(dialect) ?? true;

    private static string[] DialectFiles(string dialect) => Directory.GetFiles(SchemaFolder, "*.xsd", SearchOption.AllDirectories)
        .Where(f => !f.Contains("w3c", System.StringComparison.Ordinal))
        .Where(f => ((string?)XDocument.Load(f).Root!.Attribute(Mdsl + "dialects") ?? string.Empty).Split(' ').Contains(dialect))
        .Order()
        .ToArray();

    [Theory]
    [InlineData("TwiML", 59)]
    [InlineData("TwiMLMessaging", 5)]
    [InlineData("TeXML", 33)]
    [InlineData("cXML", 39)]
    [InlineData("cXMLMessaging", 5)]
    [InlineData("cXMLFax", 3)]
    [InlineData("SWML", 46)]
    [InlineData("SWMLMessaging", 10)]
    public void Each_dialects_schema_files_load_and_compile(string dialect, int globalElements)
    {
        XmlSchemaSet set = LoadSchemas(dialect);
        Assert.True(set.IsCompiled);
        Assert.Equal(DialectFiles(dialect).Length + (dialect is "TwiML" or "TeXML" or "cXML" ? 1 : 0), set.Count);
        Assert.Equal(globalElements, set.GlobalElements.Count);
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
        XDocument.Load(Path.Combine("Data", "texml", file)).Validate(LoadSchemas("TeXML"), (_, e) => throw e.Exception);

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
        Assert.Throws<XmlSchemaValidationException>(() => Validate(XDocument.Parse("<Response><Gather numDigits=\"0\"/></Response>")));
        Assert.Throws<XmlSchemaValidationException>(() => Validate(XDocument.Parse("<Response><Gather><Dial>1</Dial></Gather></Response>")));

        // Each dialect's view holds only its own vocabulary.
        var telnyx = XDocument.Parse("<Response><Start><Stream url=\"wss://example.com\" connectorName=\"c\"/></Start></Response>");
        Assert.Throws<XmlSchemaValidationException>(() => telnyx.Validate(LoadSchemas("TeXML"), (_, e) => throw e.Exception));
        var twilio = XDocument.Parse("<Response><Say voice=\"Telnyx.NaturalHD.astra\">Hi</Say></Response>");
        Assert.Throws<XmlSchemaValidationException>(() => Validate(twilio));
        twilio.Validate(LoadSchemas("TeXML"), (_, e) => throw e.Exception);
    }

    [Fact]
    public void Twilio_documents_of_the_whole_vocabulary_are_valid_against_the_schemas()
    {
        foreach (string file in Directory.GetFiles(Path.Combine("Data", "twiml", "vocabulary"), "*.xml"))
        {
            Validate(XDocument.Load(file));
        }

        foreach (string file in Directory.GetFiles(Path.Combine("Data", "twiml-messaging"), "*.xml"))
        {
            XDocument.Load(file).Validate(LoadSchemas("TwiMLMessaging"), (_, e) => throw e.Exception);
        }
    }

    [Theory]
    [InlineData("texml", "TeXML")]
    [InlineData("cxml", "cXML")]
    [InlineData("cxml-messaging", "cXMLMessaging")]
    [InlineData("cxml-fax", "cXMLFax")]
    public void Provider_page_examples_are_valid_against_their_dialects_schemas(string folder, string dialect)
    {
        XmlSchemaSet schemas = LoadSchemas(dialect);
        string[] files = Directory.GetFiles(Path.Combine("Data", folder, "pages"), "*.xml");

        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            XDocument.Load(file).Validate(schemas, (_, e) => throw new XmlSchemaValidationException($"{Path.GetFileName(file)}: {e.Message}", e.Exception));
        }
    }

    private static void Validate(XDocument document) =>
        document.Validate(LoadSchemas(), (_, e) => throw e.Exception);
}
