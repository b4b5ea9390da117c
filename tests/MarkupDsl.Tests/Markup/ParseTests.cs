using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using MarkupDsl.Markup;
using SWML = MarkupDsl.SWML;
using TeXML = MarkupDsl.TeXML;
using CXML = MarkupDsl.CXML;
using TwiML = MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>Documents read back into the builders' model, checked against the same schemas.</summary>
public sealed class ParseTests
{
    [Theory]
    [InlineData("twiml/custom-parameters.xml")]
    [InlineData("twiml/connect-stream.xml")]
    [InlineData("twiml/start-stream-named.xml")]
    [InlineData("twiml/stop-stream.xml")]
    [InlineData("texml/no-reconnect.xml")]
    [InlineData("texml/status-callback-parameters.xml")]
    [InlineData("texml/both-tracks.xml")]
    public void XML_examples_round_trip_in_their_dialect(string file)
    {
        string text = File.ReadAllText(Path.Combine("Data", file));
        MarkupDocument parsed = file.StartsWith("twiml/") ? TwiML.VoiceResponse.Parse(text) : TeXML.VoiceResponse.Parse(text);
        XmlAssert.SameTree(text, parsed.ToString());
        AssertRoundTrip(parsed, file.StartsWith("twiml/") ? TwiML.VoiceResponse.Parse : TeXML.VoiceResponse.Parse);
    }

    [Theory]
    [InlineData("swml/stream.json")]
    [InlineData("swml/stream.yaml")]
    [InlineData("swml/stream-both-tracks.json")]
    [InlineData("swml/stream-both-tracks.yaml")]
    public void SWML_examples_round_trip_from_json_and_yaml(string file)
    {
        SWML.SwmlDocument parsed = SWML.SwmlDocument.Parse(File.ReadAllText(Path.Combine("Data", file)));
        AssertRoundTrip(parsed, SWML.SwmlDocument.Parse);
        Assert.Equal(parsed, SWML.SwmlDocument.Parse(parsed.ToYaml()));
        Assert.Equal("wss://example.com/audio-stream", parsed.Root.Children[0].GetAttribute("url"));
    }

    [Fact]
    public void A_parsed_document_equals_the_built_one()
    {
        var built = new TwiML.VoiceResponse()
            .Start(start => start.Stream("wss://mystream.ngrok.io/example", stream => stream.Parameter("FirstName", "Jane").Parameter("LastName", "Doe")));
        Assert.Equal(built, TwiML.VoiceResponse.Parse(File.ReadAllText(Path.Combine("Data", "twiml", "custom-parameters.xml"))));
        Assert.NotEqual(built, new TwiML.VoiceResponse());
    }

    [Fact]
    public void Stream_and_text_reader_overloads_read_the_same_document()
    {
        string text = new CXML.VoiceResponse().Say("é & <ok>", loop: 2).ToString();
        var fromStream = CXML.VoiceResponse.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        var fromReader = CXML.VoiceResponse.Load(new StringReader(text));
        Assert.Equal(CXML.VoiceResponse.Parse(text), fromStream);
        Assert.Equal(fromStream, fromReader);
        Assert.Equal("é & <ok>", fromReader.Root.Children[0].Text);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_line_and_column()
    {
        const string text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response>
              <Start>
                <Stream url="ws://example.com/a" trak="both_tracks">
                  <Say>no</Say>
                </Stream>
              </Start>
              <Connect />
              <Say loop="-2">hi</Say>
              <Dance>123</Dance>
            </Response>
            """;
        var exception = Assert.Throws<MarkupParseException>(() => TwiML.VoiceResponse.Parse(text));
        string[] errors = exception.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.StartsWith("(4,13): The 'url' of <Stream> must be"));
        Assert.Contains(errors, e => e.StartsWith("(4,38): <Stream> has no attribute 'trak'"));
        Assert.Contains(errors, e => e.StartsWith("(5,8): <Say> is not allowed in <Stream>"));
        Assert.Contains(errors, e => e.StartsWith("(8,4): <Connect> must contain at least 1 child element(s) (it holds <Stream>, <AiSession>,"));
        Assert.Contains(errors, e => e.StartsWith("(9,8): The 'loop' of <Say> must be at least 0"));
        Assert.Contains(errors, e => e.StartsWith("(10,4): <Dance> is not allowed in <Response>"));
        Assert.Equal(6, errors.Length);
    }

    [Fact]
    public void An_undocumented_enumerated_value_reads_and_is_a_warning_with_its_position()
    {
        const string text = "<Response>\n  <Start><Stream url=\"wss://example.com/a\" track=\"inbound\" /></Start>\n</Response>";
        Assert.Equal("inbound", TwiML.VoiceResponse.Parse(text).Root.Children[0].Children[0].GetAttribute("track"));
        MarkupError warning = Assert.Single(TwiML.VoiceResponse.Validate(text));
        Assert.Equal(MarkupSeverity.Warning, warning.Severity);
        Assert.Equal(
            "(2,44): warning: 'inbound' is not a documented value of 'track' on <Stream> (documented: inbound_track, outbound_track, both_tracks); the provider may reject or ignore it.",
            warning.ToString());
    }

    [Fact]
    public void Validate_lists_errors_and_warnings_in_document_order_without_throwing()
    {
        const string text = """<Response><Start><Stream url="ws://example.com/a" track="inbound" statusCallbackMethod="PUT" /></Start></Response>""";
        IReadOnlyList<MarkupError> problems = TwiML.VoiceResponse.Validate(text);
        Assert.Equal(
            new[] { MarkupSeverity.Error, MarkupSeverity.Warning, MarkupSeverity.Warning },
            problems.Select(p => p.Severity).ToArray());
        Assert.Equal(problems.Where(p => p.Severity == MarkupSeverity.Error),
            Assert.Throws<MarkupParseException>(() => TwiML.VoiceResponse.Parse(text)).Errors);
        Assert.Empty(TeXML.VoiceResponse.Validate(File.ReadAllText(Path.Combine("Data", "texml/both-tracks.xml"))));
    }

    [Fact]
    public void SWML_validate_warns_of_an_undocumented_track_in_yaml()
    {
        const string yaml = """
            version: 1.0.0
            sections:
              main:
                - stream:
                    url: wss://example.com/a
                    track: inbound
            """;
        MarkupError warning = Assert.Single(SWML.SwmlDocument.Validate(yaml));
        Assert.Equal((6, 9, MarkupSeverity.Warning), (warning.Line, warning.Column, warning.Severity));
        Assert.Contains("'inbound' is not a documented value of 'track' on <stream>", warning.Message);
    }

    [Fact]
    public void Attributes_of_another_dialect_are_reported()
    {
        const string text = """<Response><Start><Stream url="wss://example.com/a" enableReconnect="false" /></Start></Response>""";
        Assert.Equal(TeXML.VoiceResponse.Parse(text).ToString(), TeXML.VoiceResponse.Parse(text).ToString());
        var exception = Assert.Throws<MarkupParseException>(() => TwiML.VoiceResponse.Parse(text));
        Assert.Contains("<Stream> has no attribute 'enableReconnect'", Assert.Single(exception.Errors).Message);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_the_parser_position()
    {
        var exception = Assert.Throws<MarkupParseException>(() => TwiML.VoiceResponse.Parse("<Response>\n  <Say>hi</Sya>\n</Response>"));
        MarkupError error = Assert.Single(exception.Errors);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_dtd_is_refused()
    {
        const string text = "<?xml version=\"1.0\"?><!DOCTYPE Response [<!ENTITY x \"y\">]><Response><Say>&x;</Say></Response>";
        Assert.Single(Assert.Throws<MarkupParseException>(() => TwiML.VoiceResponse.Parse(text)).Errors);
    }

    [Fact]
    public void SWML_problems_are_reported_with_positions()
    {
        const string yaml = """
            version: 1.0.0
            sections:
              main:
                - stream:
                    url: ws://example.com/a
                    colour: blue
                - reply:
                    body: hi
            """;
        var exception = Assert.Throws<MarkupParseException>(() => SWML.SwmlDocument.Parse(yaml));
        string[] errors = exception.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(errors, e => e.StartsWith("(5,9): The 'url' of <stream> must be"));
        Assert.Contains(errors, e => e.StartsWith("(6,9): <stream> has no attribute 'colour'"));
        Assert.Contains(errors, e => e.StartsWith("(7,7): <reply> is not allowed in <main>"));
        Assert.Equal(3, errors.Length);
    }

    [Fact]
    public void Malformed_json_is_reported()
    {
        var exception = Assert.Throws<MarkupParseException>(() => SWML.SwmlDocument.Parse("{\"version\": \"1.0.0\", \"sections\": {\"main\": [}"));
        Assert.Single(exception.Errors);
    }

    [Fact]
    public void Yaml_that_the_yaml_library_cannot_place_is_reported_with_its_position()
    {
        // Found by MarkupParserProperties (seed dZw1y_g1Hrs6): YamlDotNet threw ArgumentException, not YamlException.
        var exception = Assert.Throws<MarkupParseException>(() => SWML.SwmlDocument.Parse("a:\n  - -1\n: "));
        Assert.Equal("(4,1): Malformed YAML: unexpected MappingEnd.", Assert.Single(exception.Errors).ToString());
    }

    private static void AssertRoundTrip(MarkupDocument document, System.Func<string, MarkupDocument> parse)
    {
        MarkupDocument again = parse(document.ToString());
        Assert.Equal(document, again);
        Assert.Equal(document.ToString(), again.ToString());
    }
}
