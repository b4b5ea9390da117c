using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Tests;

/// <summary>
/// A consumer's schema that uses the library's elements and simple types: what it builds reads back through the
/// library's document classes, and what it gets wrong is reported in its own file.
/// </summary>
public sealed class LibraryReferenceTests
{
    /// <summary>
    /// A verb holding the library's &lt;Say&gt; and &lt;Play&gt;, with attributes of the library's <c>Track</c> and
    /// <c>CallbackUrl</c> and of its own enumeration, and a new &lt;Stream&gt; attribute (tests/Shared/Schemas/Hold.xsd).
    /// </summary>
    public static readonly string Hold = System.IO.File.ReadAllText(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Shared", "Schemas", "Hold.xsd"));

    private const string Consumer = """
        using MarkupDsl.TwiML;

        public static class Program
        {
            public static VoiceResponse Document() => new VoiceResponse()
                .Hold(hold => hold.Say("Please hold.", voice: SayVoice.PollyJoannaNeural).Play("https://example.com/hold.mp3"),
                    music: HoldMusic.Jazz, track: Track.InboundTrack, statusCallback: "https://example.com/hold")
                .Connect(connect => connect.Stream("wss://example.com/media", stream => stream.WithPriority(2)));

            public static string Build() => Document().ToString();

            public static bool ParsesBackEqual() => VoiceResponse.Parse(Build()).Equals(Document());

            public static string Problems(string text) => string.Join("\n", VoiceResponse.Validate(text).Select(p => $"{p.Severity} {p.Message}"));

            public static string CustomHold() => new VoiceResponse().CustomElement("Hold").ToString();
        }
        """;

    [Fact]
    public void A_consumer_verb_holds_library_elements_and_reads_back_through_the_library_document()
    {
        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Hold.xsd", Hold) }, "using System.Linq;\n" + Consumer, out Compilation output);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);
        // Only the consumer's declarations are generated: the library's Say, Track and CallbackUrl are referred to.
        Assert.Equal(
            new[] { "MarkupDsl.TwiML.HoldBuilder.g.cs", "MarkupDsl.TwiML.HoldExtensions.g.cs", "MarkupDsl.TwiML.HoldMusic.g.cs", "MarkupDsl.TwiML.PriorityAttributeExtensions.g.cs", "MarkupDsl.TwiML.TwiMLUserElements.g.cs" },
            result.GeneratedSources.Select(s => s.HintName).Order().ToArray());

        // The library's <Play digits> pattern describes HoldBuilder.Play's parameter for the analyzers; only the pattern the
        // consumer's own attribute checks with (CallbackUrl) is copied into its factory class.
        string Source(string hint) => result.GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();
        Assert.Contains("[global::MarkupDsl.Markup.SchemaPattern(\"DTMF digits", Source("MarkupDsl.TwiML.HoldBuilder.g.cs"));
        Assert.Contains("CallbackUrlPattern = new", Source("MarkupDsl.TwiML.TwiMLUserElements.g.cs"));
        Assert.DoesNotContain("PlayDigitsPattern", Source("MarkupDsl.TwiML.TwiMLUserElements.g.cs"));

        System.Type program = GeneratorHarness.Load(output).GetType("Program")!;
        string Call(string method, params object[] arguments) => program.GetMethod(method)!.Invoke(null, arguments)!.ToString()!;
        string written = Call("Build");
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hold music=\"jazz\" track=\"inbound_track\" statusCallback=\"https://example.com/hold\">"
            + "<Say voice=\"Polly.Joanna-Neural\">Please hold.</Say><Play>https://example.com/hold.mp3</Play></Hold>"
            + "<Connect><Stream url=\"wss://example.com/media\" priority=\"2\" /></Connect></Response>",
            written);
        Assert.Equal("True", Call("ParsesBackEqual"));
        Assert.Equal(string.Empty, Call("Problems", written));

        // The library's checks apply inside the consumer's element, and the consumer's enumeration warns as the library's do.
        string[] problems = Call("Problems", written.Replace("jazz", "rock").Replace("<Play>", "<Hangup /><Play>").Replace("priority=", "priorty=")).Split('\n');
        Assert.Equal(3, problems.Length);
        Assert.Equal("Warning 'rock' is not a documented value of 'music' on <Hold> (documented: classical, jazz); the provider may reject or ignore it.", problems[0]);
        Assert.Equal("Error <Hangup> is not allowed in <Hold> (it holds <Say>, <Play>).", problems[1]);
        // Other tests' consumers, loaded in this process, may have added attributes of their own to <Stream>.
        Assert.StartsWith("Error <Stream> has no attribute 'priorty' (it has url, name, track, statusCallback, statusCallbackMethod, connectorName, audioFormat, sampleRate, ", problems[2]);
        Assert.Contains(", priority", problems[2]);

        // Declared now, so it cannot be added as a custom element either.
        var refused = Assert.Throws<TargetInvocationException>(() => Call("CustomHold"));
        Assert.IsType<System.ArgumentException>(refused.InnerException);
    }

    [Theory]
    [InlineData("ref=\"Play\"", "ref=\"Plai\"", "MDSL102", "'Hold' refers to element 'Plai'", 10)]
    [InlineData("type=\"Track\"", "type=\"Trak\"", "MDSL102", "'track' refers to type 'Trak'", 13)]
    [InlineData("name=\"priority\"", "name=\"track\"", "MDSL108", "Attribute 'track' is already declared for <Stream>", 17)]
    [InlineData("name=\"Hold\"", "name=\"Say\"", "MDSL105", "Element 'Say' is declared more than once", 5)]
    [InlineData("name=\"HoldMusic\"", "name=\"Track\"", "MDSL105", "Simple type 'Track' is declared more than once", 18)]
    public void What_does_not_resolve_against_the_library_is_reported_in_the_consumer_file(string from, string to, string id, string message, int line)
    {
        var (result, errors) = GeneratorHarness.Run(new[] { new GeneratorHarness.SchemaText("Hold.xsd", Hold.Replace(from, to)) });
        Diagnostic diagnostic = result.Diagnostics.First(d => d.Id == id);
        Assert.Contains(message, diagnostic.GetMessage());
        Assert.Equal(("Hold.xsd", line), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.Empty(errors);
    }

    [Fact]
    public void Without_schemas_of_its_own_a_consumer_gets_nothing_generated()
    {
        var (result, errors) = GeneratorHarness.Run(System.Array.Empty<AdditionalText>());
        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);
    }
}
