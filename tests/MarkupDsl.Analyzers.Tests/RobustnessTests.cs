using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using MarkupDsl.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>
/// Analyzers run on every keystroke, so on half-typed code: over a few hundred truncated and garbled copies of
/// sample sources, no analyzer may throw (the compiler would report AD0001).
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Fragments = ["(", ")", "{", "}", "\"", "$\"{", "=>", ",", ".", "name:", "track:", "new", "Stream(", ";"];

    private static IEnumerable<string> Samples()
    {
        yield return File.ReadAllText(Path.Combine(Repository.Root, "samples", "VoiceServer", "Controllers", "VoiceController.cs"));
        yield return Sources.In("TwiML", """
            new VoiceResponse()
                .Say("Connecting", voice: "alice")
                .Start(s => s.Stream($"ws://{host}/media?x=1", p => p.Parameter("a", name).Parameter("a", host), name: "live", track: "inbound", statusCallback: "/status"))
                .Stop(s => s.Stream("other"))
                .Connect(c => c.Stream(new Uri("https://example.com/b").ToString(), name: "live", track: Track.BothTracks))
                .Say("Bye")
            """);
        yield return Sources.In("TeXML", """
            new VoiceResponse()
                .Start(s => s.Stream("/media", codec: "L16@16000h", bidirectionalMode: "mp3", bidirectionalCodec: BidirectionalCodec.Opus, bidirectionalSamplingRate: "44100"))
                .Connect(c => c.Stream(Url, track: new Track("outbound_track")))
                .Stop(s => s.Stream())
            """);
        yield return Sources.In("TwiML", """
            new VoiceResponse()
                .Say("Hi", voice: "Polly.Joana", language: "en-us", loop: -1)
                .Gather(s => s.Say("Press"), action: "ws://example.com/next", input: ["dtmf", "keypad"], numDigits: 0, speechTimeout: "0")
                .Dial(d => { }, timeout: 2).Dial("", timeLimit: 86401).Dial(d => d.Number("+15551234567", url: "a b"))
                .Pay(p => p.Prompt("bank-account-number", attempt: [0, 11]), bankAccountType: "consumer-savings", chargeAmount: "$10", tokenType: "reusable")
                .Pay(paymentMethod: PayPaymentMethod.AchDebit, validCardTypes: ["visa", "master-card"], chargeAmount: "10.00", tokenType: PayTokenType.OneTime)
            """);
        yield return Sources.In("TwiML.Messaging", """new MessagingResponse().Message("Hi", action: "mailto:x", method: "PUT").Redirect("/next", method: "get")""");
        yield return Sources.In("CXML", """new VoiceResponse().Start(s => s.Stream("wss://example.com/a", codec: "OPUS", name: "x")).Stop(s => s.Stream("x"))""");
        yield return Sources.In("SWML", """new SwmlDocument().Stream("ws://example.com/a", controlId: "c", statusUrl: "status").Stream("wss://b", controlId: "c").StopStream(controlId: "d")""");
    }

    private static IEnumerable<string> Garbled(string source, Random random)
    {
        for (int i = 0; i < 15; i++)
        {
            yield return source.Substring(0, random.Next(source.Length));
            int start = random.Next(source.Length);
            yield return source.Remove(start, random.Next(Math.Min(40, source.Length - start)));
            yield return source.Insert(random.Next(source.Length), Fragments[random.Next(Fragments.Length)]);
            int from = random.Next(source.Length);
            yield return source.Insert(random.Next(source.Length), source.Substring(from, random.Next(Math.Min(60, source.Length - from))));
        }
    }

    [Fact]
    public async Task No_analyzer_throws_on_truncated_or_garbled_sources()
    {
        var random = new Random(20261122);
        var copies = Samples().SelectMany(source => Garbled(source, random)).ToList();
        Assert.True(copies.Count >= 300, $"only {copies.Count} copies");

        int reported = 0;
        foreach (string copy in copies)
        {
            (var diagnostics, var exceptions) = await Analyze(copy);
            Assert.True(exceptions.IsEmpty, $"{exceptions.FirstOrDefault()}\n--- source ---\n{copy}");
            Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
            reported += diagnostics.Count(diagnostic => diagnostic.Id.StartsWith("MDSL", StringComparison.Ordinal));
        }

        // The garbled copies still hold most of the mistakes, so the analyzers must have been running on them.
        Assert.True(reported > copies.Count, $"only {reported} diagnostics over {copies.Count} copies");
    }

    /// <summary>
    /// The analyzers' diagnostics on a source that need not compile, and the exceptions any analyzer threw (which a
    /// build reports as AD0001): the verifiers require a source without compiler errors, so this test runs the
    /// analyzers itself.
    /// </summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions)> Analyze(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Garbled",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            TestProject.WithRuntime,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var exceptions = new ConcurrentQueue<Exception>();
        var analyzers = compilation.WithAnalyzers(AllAnalyzersVerifier.Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false));
        return (await analyzers.GetAnalyzerDiagnosticsAsync(), exceptions.ToImmutableArray());
    }
}
