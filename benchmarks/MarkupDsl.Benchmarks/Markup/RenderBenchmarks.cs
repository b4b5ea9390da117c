using System;
using System.Buffers;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MarkupDsl.Markup;
using MarkupDsl.TwiML;

namespace MarkupDsl.Benchmarks.Markup;

/// <summary>
/// Builds and writes Twilio's example documents with our builders and with an <see cref="XDocument"/> tree, the way
/// the most used C# TwiML library renders (an XElement per verb, then the document and its declaration as a string).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RenderBenchmarks
{
    private readonly ArrayBufferWriter<byte> _reused = new(4096);
    private MarkupDocument _built = null!;
    private XDocument _builtXDocument = null!;

    [Params("custom-parameters", "connect-stream", "start-stream-named", "stop-stream")]
    public string Example { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _built = Build();
        _builtXDocument = BuildXDocument();
    }

    [Benchmark(Baseline = true, Description = "XDocument: build + ToString")]
    [BenchmarkCategory("build and write")]
    public string XDocumentBuildToString() => Render(BuildXDocument());

    [Benchmark(Description = "MarkupDsl: build + ToString")]
    [BenchmarkCategory("build and write")]
    public string MarkupDslBuildToString() => Build().ToString();

    [Benchmark(Baseline = true, Description = "XDocument: ToString of a built document")]
    [BenchmarkCategory("write")]
    public string XDocumentToString() => Render(_builtXDocument);

    [Benchmark(Description = "MarkupDsl: ToString of a built document")]
    [BenchmarkCategory("write")]
    public string MarkupDslToString() => _built.ToString();

    [Benchmark(Description = "MarkupDsl: build + WriteTo(reused IBufferWriter)")]
    [BenchmarkCategory("build and write")]
    public int MarkupDslBuildAndWrite()
    {
        _reused.ResetWrittenCount();
        Build().WriteTo(_reused);
        return _reused.WrittenCount;
    }

    [Benchmark(Description = "MarkupDsl: WriteTo(reused IBufferWriter) of a built document")]
    [BenchmarkCategory("write")]
    public int MarkupDslWrite()
    {
        _reused.ResetWrittenCount();
        _built.WriteTo(_reused);
        return _reused.WrittenCount;
    }

    private static string Render(XDocument document) => document.Declaration + document.ToString(SaveOptions.DisableFormatting);

    private XDocument BuildXDocument() => new(new XDeclaration("1.0", "utf-8", null), BuildXElement());

    private MarkupDocument Build() => Example switch
    {
        "custom-parameters" => new VoiceResponse().Start(start => start
            .Stream("wss://mystream.ngrok.io/example", stream => stream.Parameter("FirstName", "Jane").Parameter("LastName", "Doe"))),
        "connect-stream" => new VoiceResponse()
            .Connect(connect => connect.Stream("wss://example.com/audiostream"))
            .Say("This TwiML instruction is unreachable unless the Stream is ended by your WebSocket server."),
        "start-stream-named" => new VoiceResponse()
            .Start(start => start.Stream("wss://example.com/audiostream", name: "Example Audio Stream"))
            .Say("The stream has started."),
        "stop-stream" => new VoiceResponse().Stop(stop => stop.Stream("my_first_stream")),
        _ => throw new ArgumentOutOfRangeException(nameof(Example), Example, "unknown example"),
    };

    private XElement BuildXElement() => Example switch
    {
        "custom-parameters" => new XElement("Response", new XElement("Start", new XElement(
            "Stream",
            new XAttribute("url", "wss://mystream.ngrok.io/example"),
            new XElement("Parameter", new XAttribute("name", "FirstName"), new XAttribute("value", "Jane")),
            new XElement("Parameter", new XAttribute("name", "LastName"), new XAttribute("value", "Doe"))))),
        "connect-stream" => new XElement(
            "Response",
            new XElement("Connect", new XElement("Stream", new XAttribute("url", "wss://example.com/audiostream"))),
            new XElement("Say", "This TwiML instruction is unreachable unless the Stream is ended by your WebSocket server.")),
        "start-stream-named" => new XElement(
            "Response",
            new XElement("Start", new XElement("Stream", new XAttribute("name", "Example Audio Stream"), new XAttribute("url", "wss://example.com/audiostream"))),
            new XElement("Say", "The stream has started.")),
        "stop-stream" => new XElement("Response", new XElement("Stop", new XElement("Stream", new XAttribute("name", "my_first_stream")))),
        _ => throw new ArgumentOutOfRangeException(nameof(Example), Example, "unknown example"),
    };
}
