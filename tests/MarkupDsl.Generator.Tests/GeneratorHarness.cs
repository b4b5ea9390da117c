using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using MarkupDsl.Markup;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Generator.Tests;

/// <summary>Runs <see cref="MarkupBuilderGenerator"/> over in-memory schema files and a small compilation.</summary>
internal static class GeneratorHarness
{
    public static readonly string SchemaFolder = Path.Combine(System.AppContext.BaseDirectory, "schemas");

    public static IReadOnlyList<AdditionalText> RepositorySchemas() =>
        Directory.GetFiles(SchemaFolder, "*.xsd").Order().Select(path => (AdditionalText)new SchemaText(path, File.ReadAllText(path))).ToList();

    public static CSharpCompilation Compilation(params string[] sources)
    {
        string[] trusted = ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        IEnumerable<MetadataReference> references = trusted
            .Where(p => !p.EndsWith("MarkupDsl.dll"))
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(MarkupDocument).Assembly.Location));
        return CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> schemas) => CSharpGeneratorDriver.Create(
        new[] { new MarkupBuilderGenerator().AsSourceGenerator() },
        schemas,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its result and the compilation's errors with the generated code added.</summary>
    public static (GeneratorRunResult Result, ImmutableArray<Diagnostic> CompilationErrors) Run(IEnumerable<AdditionalText> schemas, string consumerSource = "")
    {
        GeneratorDriver driver = CreateDriver(schemas).RunGeneratorsAndUpdateCompilation(Compilation(consumerSource), out Compilation output, out _);
        ImmutableArray<Diagnostic> errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver.GetRunResult().Results.Single(), errors);
    }

    /// <summary>A schema file given as text.</summary>
    public sealed class SchemaText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
