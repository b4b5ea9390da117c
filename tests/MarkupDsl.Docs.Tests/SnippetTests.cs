using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.Docs.Tests.Markdown;
using MarkupDsl.Docs.Tests.Snippets;

namespace MarkupDsl.Docs.Tests;

/// <summary>
/// Every <c>```csharp</c> block of the READMEs and the diagnostic pages, compiled as a reader would (see
/// <see cref="Glue"/>), its shown output compared, and the analyzers' verdict checked: a diagnostic page's "Wrong"
/// examples raise exactly the page's ID, every other snippet none.
/// </summary>
public sealed class SnippetTests
{
    private static readonly ConcurrentDictionary<string, (IReadOnlyList<Snippet> Snippets, IReadOnlyList<SchemaText> Schemas)> Documents = new();
    private static readonly ConcurrentDictionary<(string, int), Lazy<Task<CompiledSnippet>>> Compiled = new();

    public static TheoryData<string, int> All => Locations.Rows(Repository.Documents
        .SelectMany(document => Read(document).Snippets)
        .Select(snippet => (snippet.Block.Document, snippet.Block.Line)));

    public static TheoryData<string, int> WithOutput => Locations.Rows(Repository.Documents
        .SelectMany(document => Read(document).Snippets)
        .Where(snippet => snippet.Output is not null)
        .Select(snippet => (snippet.Block.Document, snippet.Block.Line)));

    [Theory]
    [MemberData(nameof(All))]
    public async Task Each_snippet_compiles_without_errors_or_warnings(string document, int line)
    {
        CompiledSnippet compiled = await CompileAsync(document, line);
        string[] problems = compiled.Problems.ToArray();
        Assert.True(problems.Length == 0, $"{compiled.Snippet} does not compile as shown:\n{string.Join('\n', problems)}");
    }

    [Theory]
    [MemberData(nameof(All))]
    public async Task Each_snippet_raises_exactly_the_diagnostics_its_page_expects(string document, int line)
    {
        CompiledSnippet compiled = await CompileAsync(document, line);
        string[] reported = compiled.Reported.Select(diagnostic => diagnostic.Id).Distinct().Order(StringComparer.Ordinal).ToArray();
        string[] expected = compiled.Snippet.ExpectedDiagnostic is { } id ? [id] : [];
        Assert.True(expected.SequenceEqual(reported),
            $"{compiled.Snippet} should raise {(expected.Length == 0 ? "no diagnostic" : expected[0] + " only")}, but the analyzers report:\n"
            + string.Join('\n', compiled.AnalyzerDiagnostics.Select(CompiledSnippet.Format)));
    }

    [Theory]
    [MemberData(nameof(WithOutput))]
    public async Task Each_shown_output_is_what_the_snippet_writes(string document, int line)
    {
        CompiledSnippet compiled = await CompileAsync(document, line);
        CodeBlock shown = compiled.Snippet.Output!;
        string actual = await compiled.RunAsync();
        string expected = shown.Code.Trim();

        // A whole document must match; a fragment (one element of it) must appear in it.
        bool whole = expected.StartsWith("<?xml", StringComparison.Ordinal) || shown.Language != "xml";
        Assert.True(whole ? actual.Trim() == expected : actual.Contains(expected, StringComparison.Ordinal),
            $"{shown} shows {(whole ? "" : "a part of ")}what {compiled.Snippet} writes, but it writes:\n{actual}\nThe document shows:\n{expected}");
    }

    [Fact]
    public void The_documents_with_snippets_are_all_read()
    {
        Assert.NotEmpty(Read("README.md").Snippets);
        Assert.NotEmpty(Read("schemas/README.md").Schemas);
        Assert.All(Repository.Documents.Where(document => document.StartsWith("docs/diagnostics/MDSL", StringComparison.Ordinal)),
            page => Assert.Contains(Read(page).Snippets, snippet => snippet.ExpectedDiagnostic is not null));
    }

    private static (IReadOnlyList<Snippet> Snippets, IReadOnlyList<SchemaText> Schemas) Read(string document) => Documents.GetOrAdd(document, static path =>
    {
        IReadOnlyList<CodeBlock> blocks = MarkdownReader.Read(path);
        SchemaText[] schemas = blocks
            .Where(block => block.Language == "xml" && block.Code.Contains("<xs:schema", StringComparison.Ordinal))
            .Select(block => new SchemaText($"/{block.Document}/Schemas/Block{block.Line}.xsd", block.Code))
            .ToArray();
        return (Snippet.From(blocks), schemas);
    });

    private static Task<CompiledSnippet> CompileAsync(string document, int line) => Compiled.GetOrAdd((document, line), key => new Lazy<Task<CompiledSnippet>>(() =>
    {
        (IReadOnlyList<Snippet> snippets, IReadOnlyList<SchemaText> schemas) = Read(key.Item1);
        return SnippetCompiler.CompileAsync(snippets.Single(snippet => snippet.Block.Line == key.Item2), schemas);
    })).Value;
}
