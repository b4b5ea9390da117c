using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.Analyzers;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.Generator;
using MarkupDsl.TwiML;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MarkupDsl.Docs.Tests.Snippets;

/// <summary>
/// Compiles a snippet in memory as a reader's project would: the .NET and ASP.NET Core shared frameworks, the
/// MarkupDsl and MarkupDsl.AspNetCore packages, the generator over the schemas the document shows, the glue, and
/// every MarkupDsl analyzer. References, analyzers and options are made once for all snippets.
/// </summary>
internal static class SnippetCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The shared frameworks the test runs on (not the test's own folder), the two MarkupDsl packages and Microsoft.Extensions.AI.Abstractions.</summary>
    private static readonly ImmutableArray<MetadataReference> References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => !Path.GetFullPath(path).StartsWith(AppContext.BaseDirectory, StringComparison.Ordinal))
        .Append(typeof(VoiceResponse).Assembly.Location)
        .Append(typeof(MarkupResults).Assembly.Location)

        // The core package's dependency that its public API shows (IChatClient), which a reader's project gets with it.
        .Append(typeof(Microsoft.Extensions.AI.IChatClient).Assembly.Location)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToImmutableArray();

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(StreamUrlAnalyzer).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>Compiles the snippet with its document's glue and schemas, and runs the analyzers over it.</summary>
    public static async Task<CompiledSnippet> CompileAsync(Snippet snippet, IReadOnlyList<SchemaText> schemas)
    {
        string source = SnippetSource.Wrap(snippet, out bool statements);
        IEnumerable<SyntaxTree> trees = Glue.For(snippet.Block.Document)
            .Select(glue => CSharpSyntaxTree.ParseText(glue.Text, ParseOptions, glue.Path))
            .Prepend(CSharpSyntaxTree.ParseText(source, ParseOptions, snippet.Block.Document + ".cs"));
        Compilation compilation = CSharpCompilation.Create("Snippet_" + snippet.Block.Line, trees, References, Options);
        if (schemas.Count > 0)
        {
            CSharpGeneratorDriver.Create([new MarkupBuilderGenerator().AsSourceGenerator()], schemas, ParseOptions, new SchemaText.Flagged())
                .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        var exceptions = new List<Exception>();
        ImmutableArray<Diagnostic> analyzerDiagnostics = await compilation
            .WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => exceptions.Add(exception), concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        if (exceptions.Count > 0)
        {
            throw new AggregateException($"{snippet}: an analyzer threw.", exceptions);
        }

        return new CompiledSnippet(snippet, compilation, statements, compilation.GetDiagnostics(), analyzerDiagnostics);
    }
}
