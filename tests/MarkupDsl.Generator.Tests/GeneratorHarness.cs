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
        Directory.GetFiles(SchemaFolder, "*.xsd", SearchOption.AllDirectories).Where(path => !path.Contains("w3c", System.StringComparison.Ordinal)).Order().Select(path => (AdditionalText)new SchemaText(path, File.ReadAllText(path))).ToList();

    /// <summary>A consumer's compilation: its schemas are bound with the library's, which the generator embeds.</summary>
    public static CSharpCompilation Compilation(params string[] sources) => Compilation("Consumer", sources);

    /// <summary>The library's own compilation, whose schemas are its files: the repository's schemas build it.</summary>
    public static CSharpCompilation LibraryCompilation(params string[] sources) => Compilation(Binding.LibrarySchemas.AssemblyName, sources);

    private static CSharpCompilation Compilation(string assemblyName, string[] sources)
    {
        string[] trusted = ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        IEnumerable<MetadataReference> references = trusted
            .Where(p => !p.EndsWith("MarkupDsl.dll"))
            .Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(MarkupDocument).Assembly.Location));
        return CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s)),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>A driver whose additional files all carry the schema flag, unless <paramref name="flagged"/> says which.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> schemas, System.Func<string, bool>? flagged = null) => CSharpGeneratorDriver.Create(
        new[] { new MarkupBuilderGenerator().AsSourceGenerator() },
        schemas,
        optionsProvider: new SchemaFlagOptions(flagged ?? (_ => true)),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns its result and the compilation's errors with the generated code added.</summary>
    public static (GeneratorRunResult Result, ImmutableArray<Diagnostic> CompilationErrors) Run(IEnumerable<AdditionalText> schemas, string consumerSource = "") =>
        Run(schemas, consumerSource, out _);

    public static (GeneratorRunResult Result, ImmutableArray<Diagnostic> CompilationErrors) Run(IEnumerable<AdditionalText> schemas, string consumerSource, out Compilation output) =>
        Run(schemas, Compilation(consumerSource), out output);

    /// <summary>Runs the generator as the library's build does, on the library's schemas.</summary>
    public static (GeneratorRunResult Result, ImmutableArray<Diagnostic> CompilationErrors) RunLibrary(IEnumerable<AdditionalText> schemas) =>
        Run(schemas, LibraryCompilation(), out _);

    private static (GeneratorRunResult Result, ImmutableArray<Diagnostic> CompilationErrors) Run(IEnumerable<AdditionalText> schemas, Compilation input, out Compilation output)
    {
        GeneratorDriver driver = CreateDriver(schemas).RunGeneratorsAndUpdateCompilation(input, out output, out _);
        ImmutableArray<Diagnostic> errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (driver.GetRunResult().Results.Single(), errors);
    }

    /// <summary>Gives each additional file the <c>MarkupDslSchema</c> metadata MSBuild would pass.</summary>
    private sealed class SchemaFlagOptions(System.Func<string, bool> flagged) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new Options(false);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(flagged(textFile.Path));

        private sealed class Options(bool flag) : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = flag && key == MarkupBuilderGenerator.SchemaFlag ? "true" : null;
                return value is not null;
            }
        }
    }

    /// <summary>A schema file given as text.</summary>
    public sealed class SchemaText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>Emits a compilation and loads it into a collectible context.</summary>
    public static System.Reflection.Assembly Load(Compilation compilation)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(image.ToArray()));
    }

    /// <summary>Emits a compilation and calls a static method of it that takes nothing and returns a string.</summary>
    public static string Invoke(Compilation compilation, string type, string method) =>
        (string)Load(compilation).GetType(type)!.GetMethod(method)!.Invoke(null, null)!;
}
