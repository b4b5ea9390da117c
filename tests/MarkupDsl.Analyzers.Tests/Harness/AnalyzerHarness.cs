using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MarkupDsl.Analyzers.Tests.Harness;

/// <summary>
/// Compiles a test source against the BCL and the MarkupDsl runtime and runs analyzers over it with
/// <see cref="CompilationWithAnalyzers"/>: a small stand-in for Microsoft.CodeAnalysis.Testing's analyzer verifier.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>The BCL of the test's runtime and the MarkupDsl assembly the generated builders live in.</summary>
    public static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(MarkupDsl.TwiML.VoiceResponse).Assembly.Location)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    /// <summary>Every analyzer in the analyzer assembly.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> All = typeof(StreamUrlAnalyzer).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(string source, string path = "/src/Test.cs") => CSharpCompilation.Create(
        "Test",
        [CSharpSyntaxTree.ParseText(source, ParseOptions, path)],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// The analyzers' diagnostics, and the exceptions any analyzer threw (which the compiler would report as AD0001).
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions)> Run(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions? options = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options ?? new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions.ToImmutableArray());
    }

    /// <summary>
    /// Asserts that the marked source compiles and that the analyzers report <paramref name="id"/> exactly at the
    /// marked spans (none when nothing is marked).
    /// </summary>
    public static async Task Verify(string id, string markup)
    {
        (string source, var spans) = Markup.Parse(markup);
        CSharpCompilation compilation = Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error));

        (var diagnostics, var exceptions) = await Run(compilation, All);
        Assert.Empty(exceptions);
        var actual = diagnostics.Where(diagnostic => diagnostic.Id == id)
            .Select(diagnostic => $"{diagnostic.Location.SourceSpan} {source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length)}")
            .Order(StringComparer.Ordinal);
        var expected = spans.Select(span => $"{span} {source.Substring(span.Start, span.Length)}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    /// <summary>The one diagnostic <paramref name="id"/> the analyzers report on the source.</summary>
    public static async Task<Diagnostic> Single(string id, string source)
    {
        (var diagnostics, _) = await Run(Compile(source), All);
        return Assert.Single(diagnostics, diagnostic => diagnostic.Id == id);
    }
}
