using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MarkupDsl.Markup;
using MarkupDsl.TwiML;

namespace MarkupDsl.Benchmarks.Markup;

/// <summary>
/// Builds and writes TwiML documents with our builders and with twilio-csharp (<see cref="TwilioCsharpDocuments"/>),
/// the baseline of each group: Twilio's four Media Streams examples, an IVR menu and an agent hand-off. The
/// <em>write</em> group also times the floor, a hand-written <c>string.Concat</c> of the same text.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RenderBenchmarks
{
    internal const string MenuPrompt = "For sales, press 1 or say sales. For support, press 2 or say support.";

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private readonly ArrayBufferWriter<byte> _reused = new(4096);
    private MarkupDocument _built = null!;
    private Twilio.TwiML.VoiceResponse _builtTwilio = null!;
    private string[] _values = Array.Empty<string>();

    [Params("custom-parameters", "connect-stream", "start-stream-named", "stop-stream", "ivr-menu", "agent-handoff")]
    public string Example { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _built = Build();
        _builtTwilio = TwilioCsharpDocuments.Build(Example);
        _values = Values();

        // Every case must write the same document, or the comparison means nothing. The floor writes our exact text;
        // twilio-csharp indents by default and orders attributes its own way, so it is compared as parsed XML.
        string ours = _built.ToString();
        _reused.ResetWrittenCount();
        _built.WriteTo(_reused);
        Require(Encoding.UTF8.GetString(_reused.WrittenSpan) == ours, "WriteTo", Encoding.UTF8.GetString(_reused.WrittenSpan), ours);
        Require(Concat(_values) == ours, "the floor", Concat(_values), ours);
        foreach (string twilio in new[] { _builtTwilio.ToString(), _builtTwilio.ToString(SaveOptions.DisableFormatting) })
        {
            Require(SameDocument(twilio, ours), "twilio-csharp", twilio, ours);
        }
    }

    [Benchmark(Baseline = true, Description = "twilio-csharp: build + ToString()")]
    [BenchmarkCategory("build and write")]
    public string TwilioBuildToString() => TwilioCsharpDocuments.Build(Example).ToString();

    [Benchmark(Description = "MarkupDsl: build + ToString()")]
    [BenchmarkCategory("build and write")]
    public string MarkupDslBuildToString() => Build().ToString();

    // The least a builder of this tree can cost: the same elements, attributes and text made directly, with no builder
    // objects and no checks, then written. What MarkupDsl spends above it is its builders and its value checks.
    [Benchmark(Description = "tree floor: the same element tree made without builders or checks + ToString()")]
    [BenchmarkCategory("build and write")]
    public string TreeFloorBuildToString() => XmlMarkupWriter.ToString(Copy(_built.Root), indented: false);

    [Benchmark(Baseline = true, Description = "twilio-csharp: ToString() of a built document")]
    [BenchmarkCategory("write")]
    public string TwilioToString() => _builtTwilio.ToString();

    // The same without indentation, as our writer and the floor write it.
    [Benchmark(Description = "twilio-csharp: ToString(DisableFormatting) of a built document")]
    [BenchmarkCategory("write")]
    public string TwilioToStringCompact() => _builtTwilio.ToString(SaveOptions.DisableFormatting);

    [Benchmark(Description = "floor: hand-written string.Concat of the same text, no checks")]
    [BenchmarkCategory("write")]
    public string ConcatToString() => Concat(_values);

    [Benchmark(Description = "MarkupDsl: ToString() of a built document")]
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

    // A copy made only of constructors, SetAttribute, Add and AddText (names as strings: rendering them would allocate).
    private static MarkupElement Copy(MarkupElement source)
    {
        var copy = new MarkupElement(source.Name);
        foreach (MarkupAttribute attribute in source.Attributes)
        {
            copy.SetAttribute(attribute.Name, attribute.Value);
        }

        if (source.Text is { } text)
        {
            copy.AddText(text);
        }

        foreach (MarkupElement child in source.Children)
        {
            if (child.IsText)
            {
                copy.AddText(child.Text!);
            }
            else
            {
                copy.Add(Copy(child));
            }
        }

        return copy;
    }

    private void Require(bool condition, string what, string theirs, string ours)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{Example}: {what} writes {theirs}, MarkupDsl writes {ours}.");
        }
    }

    // Equal as XML: same declaration, elements, text and attribute values, attributes in any order.
    private static bool SameDocument(string left, string right)
    {
        XDocument a = XDocument.Parse(left);
        XDocument b = XDocument.Parse(right);
        return a.Declaration is { } da && b.Declaration is { } db
            && da.Version == db.Version
            && string.Equals(da.Encoding, db.Encoding, StringComparison.OrdinalIgnoreCase)
            && XNode.DeepEquals(Sorted(a.Root!), Sorted(b.Root!));
    }

    private static XElement Sorted(XElement element) => new(
        element.Name,
        element.Attributes().OrderBy(a => a.Name.ToString(), StringComparer.Ordinal),
        element.Nodes().Select(node => node is XElement child ? Sorted(child) : node));

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
        "ivr-menu" => new VoiceResponse()
            .Gather(
                gather => gather
                    .Say(MenuPrompt, voice: SayVoice.PollyJoannaNeural, language: SayLanguage.EnUs)
                    .Play("https://example.com/audio/menu-music.mp3"),
                input: [GatherInput.Dtmf, GatherInput.Speech],
                numDigits: 1,
                timeout: 5,
                action: "/menu",
                method: CallbackMethod.Post)
            .Say("We did not hear from you.")
            .Redirect("/voice"),
        "agent-handoff" => new VoiceResponse()
            .Start(start => start.Stream(
                "wss://example.com/media",
                stream => stream.Parameter("caller", "+15551234567").Parameter("ticket", "4521"),
                track: Track.BothTracks))
            .Say(say => say
                .Text("Connecting you ")
                .Break(time: "300ms")
                .Emphasis("now", level: SsmlEmphasisLevel.Strong)
                .Text(". Your ticket number is ")
                .SayAs("4521", interpretAs: SsmlSayAsInterpretAs.Digits)
                .Text("."))
            .Dial(
                dial => dial
                    .Number(
                        "+15550001111",
                        statusCallback: "https://example.com/call-events",
                        statusCallbackEvent: [CallStatusCallbackEvent.Answered, CallStatusCallbackEvent.Completed])
                    .Client("agent-7"),
                callerId: "+15557654321",
                record: DialRecord.RecordFromAnswer,
                action: "/after-dial")
            .Record(maxLength: 120, playBeep: true),
        _ => throw new ArgumentOutOfRangeException(nameof(Example), Example, "unknown example"),
    };

    // The values of each document, in the order they appear in its text; numbers already formatted.
    private string[] Values() => Example switch
    {
        "custom-parameters" => ["wss://mystream.ngrok.io/example", "FirstName", "Jane", "LastName", "Doe"],
        "connect-stream" => ["wss://example.com/audiostream", "This TwiML instruction is unreachable unless the Stream is ended by your WebSocket server."],
        "start-stream-named" => ["wss://example.com/audiostream", "Example Audio Stream", "The stream has started."],
        "stop-stream" => ["my_first_stream"],
        "ivr-menu" =>
        [
            "/menu", "dtmf speech", "POST", "1", "5", "Polly.Joanna-Neural", "en-US", MenuPrompt,
            "https://example.com/audio/menu-music.mp3", "We did not hear from you.", "/voice",
        ],
        "agent-handoff" =>
        [
            "wss://example.com/media", "both_tracks", "caller", "+15551234567", "ticket", "4521",
            "Connecting you ", "300ms", "strong", "now", ". Your ticket number is ", "digits", "4521", ".",
            "/after-dial", "+15557654321", "record-from-answer", "https://example.com/call-events", "answered completed", "+15550001111",
            "agent-7", "120", "true",
        ],
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
        "stop-stream" => string.Concat(Declaration + "<Response><Stop><Stream name=\"", v[0], "\" /></Stop></Response>"),
        "ivr-menu" => string.Concat(
            Declaration + "<Response><Gather action=\"", v[0], "\" input=\"", v[1], "\" method=\"", v[2], "\" numDigits=\"", v[3], "\" timeout=\"", v[4],
            "\"><Say voice=\"", v[5], "\" language=\"", v[6], "\">", v[7], "</Say><Play>", v[8], "</Play></Gather><Say>", v[9], "</Say><Redirect>", v[10],
            "</Redirect></Response>"),
        _ => string.Concat(
            Declaration + "<Response><Start><Stream url=\"", v[0], "\" track=\"", v[1], "\"><Parameter name=\"", v[2], "\" value=\"", v[3],
            "\" /><Parameter name=\"", v[4], "\" value=\"", v[5], "\" /></Stream></Start><Say>", v[6], "<break time=\"", v[7],
            "\" /><emphasis level=\"", v[8], "\">", v[9], "</emphasis>", v[10], "<say-as interpret-as=\"", v[11], "\">", v[12], "</say-as>", v[13],
            "</Say><Dial action=\"", v[14], "\" callerId=\"", v[15], "\" record=\"", v[16], "\"><Number statusCallback=\"", v[17],
            "\" statusCallbackEvent=\"", v[18], "\">", v[19], "</Number><Client>", v[20], "</Client></Dial><Record maxLength=\"", v[21],
            "\" playBeep=\"", v[22], "\" /></Response>"),
    };
}
