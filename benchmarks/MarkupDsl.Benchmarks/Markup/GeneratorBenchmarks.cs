using System;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using MarkupDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Benchmarks.Markup;

/// <summary>
/// The source generator's time over every built-in schema: a cold run (a new driver, as on a full build) and a run
/// after an unrelated edit (the incremental pipeline should find everything cached).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private AdditionalText[] _schemas = Array.Empty<AdditionalText>();
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The runtime's schema set: every .xsd under schemas/, SSML and Messaging included, less the W3C xml.xsd.
        string root = Path.Combine(AppContext.BaseDirectory, "schemas");
        _schemas = Directory.GetFiles(root, "*.xsd", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).StartsWith("w3c", StringComparison.Ordinal))
            .Select(path => (AdditionalText)new Schema(path, File.ReadAllText(path)))
            .ToArray();
        // Named as the library, whose schemas are its own files: another name would bind them after the embedded ones.
        _compilation = CSharpCompilation.Create("MarkupDsl", new[] { CSharpSyntaxTree.ParseText("class A { }") });
        _warm = CreateDriver().RunGenerators(_compilation);

        GeneratorDriverRunResult run = _warm.GetRunResult();
        if (run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, run.Diagnostics));
        }

        Console.WriteLine($"// {_schemas.Length} schemas, {run.GeneratedTrees.Length} files generated, {run.GeneratedTrees.Sum(t => t.Length)} chars");
    }

    [Benchmark(Baseline = true, Description = "generator: all schemas, cold")]
    public int Cold() => CreateDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "generator: all schemas, after an unrelated edit")]
    public int Incremental() => _warm.RunGenerators(_compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }"))).GetRunResult().GeneratedTrees.Length;

    private GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new MarkupBuilderGenerator().AsSourceGenerator() },
        _schemas,
        optionsProvider: new FlagAll());

    private sealed class Schema(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class FlagAll : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Flag();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Flag : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == MarkupBuilderGenerator.SchemaFlag ? "true" : null;
                return value is not null;
            }
        }
    }
}
