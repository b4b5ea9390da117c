using System;
using System.Buffers;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MarkupDsl.Markup;
using MarkupDsl.TwiML;

namespace MarkupDsl.Benchmarks.Markup;

/// <summary>
/// Builds and writes Twilio's example documents with our builders and with an <see cref="XDocument"/>-based builder
/// (<see cref="XDocumentVerb"/>, the rendering path of the most used C# TwiML library), the baseline of each group. A
/// bare <see cref="XDocument"/> tree, built beforehand and written with <c>ToString</c>, is timed as a further
/// reference: the least any <see cref="XDocument"/>-based writer can cost.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RenderBenchmarks
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private readonly ArrayBufferWriter<byte> _reused = new(4096);
    private MarkupDocument _built = null!;
    private XDocumentVerb _builtVerb = null!;
    private XDocument _builtXDocument = null!;
    private string[] _values = Array.Empty<string>();

    [Params("custom-parameters", "connect-stream", "start-stream-named", "stop-stream")]
    public string Example { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _built = Build();
        _builtVerb = BuildVerb();
        _builtXDocument = new XDocument(new XDeclaration("1.0", "UTF-8", null), BuildXElement());

        _values = Example switch
        {
            "custom-parameters" => new[] { "wss://mystream.ngrok.io/example", "FirstName", "Jane", "LastName", "Doe" },
            "connect-stream" => new[] { "wss://example.com/audiostream", "This TwiML instruction is unreachable unless the Stream is ended by your WebSocket server." },
            "start-stream-named" => new[] { "wss://example.com/audiostream", "Example Audio Stream", "The stream has started." },
            _ => new[] { "my_first_stream" },
        };

        // Every case must write the same document, or the comparison means nothing.
        string expected = _built.ToString();
        foreach (string other in new[] { _builtVerb.ToString(), Render(_builtXDocument), Concat(_values) })
        {
            if (!string.Equals(expected, other.Replace("encoding=\"utf-8\"", "encoding=\"UTF-8\"", StringComparison.Ordinal), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{Example}: the baseline writes {other}, MarkupDsl writes {expected}.");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "XDocument-based builder: build + ToString")]
    [BenchmarkCategory("build and write")]
    public string XDocumentVerbBuildToString() => BuildVerb().ToString();

    [Benchmark(Description = "MarkupDsl: build + ToString")]
    [BenchmarkCategory("build and write")]
    public string MarkupDslBuildToString() => Build().ToString();

    [Benchmark(Description = "MarkupDsl: build + WriteTo(reused IBufferWriter)")]
    [BenchmarkCategory("build and write")]
    public int MarkupDslBuildAndWrite()
    {
        _reused.ResetWrittenCount();
        Build().WriteTo(_reused);
        return _reused.WrittenCount;
    }

    [Benchmark(Baseline = true, Description = "XDocument-based builder: ToString of a built document")]
    [BenchmarkCategory("write")]
    public string XDocumentVerbToString() => _builtVerb.ToString();

    [Benchmark(Description = "bare XDocument tree, built beforehand: ToString")]
    [BenchmarkCategory("write")]
    public string XDocumentToString() => Render(_builtXDocument);

    [Benchmark(Description = "floor: hand-written string.Concat of the same text, no checks")]
    [BenchmarkCategory("write")]
    public string ConcatToString() => Concat(_values);

    [Benchmark(Description = "MarkupDsl: ToString of a built document")]
    [BenchmarkCategory("write")]
    public string MarkupDslToString() => _built.ToString();

    [Benchmark(Description = "MarkupDsl: WriteTo(reused IBufferWriter) of a built document")]
    [BenchmarkCategory("write")]
    public int MarkupDslWrite()
    {
        _reused.ResetWrittenCount();
        _built.WriteTo(_reused);
        return _reused.WrittenCount;
    }

    private static string Render(XDocument document) => document.Declaration + document.ToString(SaveOptions.DisableFormatting);

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

    // The least any writer of this text can cost: the document's constant parts and its values, joined in one call.
    private string Concat(string[] v) => Example switch
    {
        "custom-parameters" => string.Concat(
            Declaration + "<Response><Start><Stream url=\"", v[0], "\"><Parameter name=\"", v[1], "\" value=\"", v[2], "\" /><Parameter name=\"", v[3], "\" value=\"", v[4], "\" /></Stream></Start></Response>"),
        "connect-stream" => string.Concat(Declaration + "<Response><Connect><Stream url=\"", v[0], "\" /></Connect><Say>", v[1], "</Say></Response>"),
        "start-stream-named" => string.Concat(
            Declaration + "<Response><Start><Stream url=\"", v[0], "\" name=\"", v[1], "\" /></Start><Say>", v[2], "</Say></Response>"),
        _ => string.Concat(Declaration + "<Response><Stop><Stream name=\"", v[0], "\" /></Stop></Response>"),
    };

    private XDocumentVerb BuildVerb() => Example switch
    {
        "custom-parameters" => new XDocumentVerb("Response").Append(new XDocumentVerb("Start").Append(new XDocumentVerb("Stream")
            .Attribute("url", "wss://mystream.ngrok.io/example")
            .Append(new XDocumentVerb("Parameter").Attribute("name", "FirstName").Attribute("value", "Jane"))
            .Append(new XDocumentVerb("Parameter").Attribute("name", "LastName").Attribute("value", "Doe")))),
        "connect-stream" => new XDocumentVerb("Response")
            .Append(new XDocumentVerb("Connect").Append(new XDocumentVerb("Stream").Attribute("url", "wss://example.com/audiostream")))
            .Append(new XDocumentVerb("Say", "This TwiML instruction is unreachable unless the Stream is ended by your WebSocket server.")),
        "start-stream-named" => new XDocumentVerb("Response")
            .Append(new XDocumentVerb("Start").Append(new XDocumentVerb("Stream").Attribute("url", "wss://example.com/audiostream").Attribute("name", "Example Audio Stream")))
            .Append(new XDocumentVerb("Say", "The stream has started.")),
        "stop-stream" => new XDocumentVerb("Response").Append(new XDocumentVerb("Stop").Append(new XDocumentVerb("Stream").Attribute("name", "my_first_stream"))),
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
            new XElement("Start", new XElement("Stream", new XAttribute("url", "wss://example.com/audiostream"), new XAttribute("name", "Example Audio Stream"))),
            new XElement("Say", "The stream has started.")),
        "stop-stream" => new XElement("Response", new XElement("Stop", new XElement("Stream", new XAttribute("name", "my_first_stream")))),
        _ => throw new ArgumentOutOfRangeException(nameof(Example), Example, "unknown example"),
    };
}
