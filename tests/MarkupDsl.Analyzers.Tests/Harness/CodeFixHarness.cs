using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Analyzers.Tests.Harness;

/// <summary>
/// Applies a code fix in an <see cref="AdhocWorkspace"/> and returns the fixed text: a small stand-in for
/// Microsoft.CodeAnalysis.Testing's code fix verifier.
/// </summary>
internal static class CodeFixHarness
{
    /// <summary>A one-document project in a fresh workspace, with an optional <c>.editorconfig</c> beside it.</summary>
    public static Document CreateDocument(string source, string? editorConfig = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var project = ProjectInfo.Create(projectId, VersionStamp.Create(), "Test", "Test", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: AnalyzerHarness.ParseOptions,
            metadataReferences: AnalyzerHarness.References);
        if (editorConfig is not null)
        {
            project = project.WithAnalyzerConfigDocuments([DocumentInfo.Create(DocumentId.CreateNewId(projectId), ".editorconfig",
                loader: TextLoader.From(TextAndVersion.Create(SourceText.From(editorConfig), VersionStamp.Create())), filePath: "/src/.editorconfig")]);
        }

        Solution solution = workspace.CurrentSolution.AddProject(project);
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test.cs", SourceText.From(source), filePath: "/src/Test.cs");
        return solution.GetDocument(documentId)!;
    }

    /// <summary>The analyzers' diagnostics on a document, as the IDE would compute them.</summary>
    public static async Task<ImmutableArray<Diagnostic>> Diagnostics(Document document)
    {
        Compilation compilation = (await document.Project.GetCompilationAsync())!;
        (var diagnostics, var exceptions) = await AnalyzerHarness.Run(compilation, AnalyzerHarness.All, document.Project.AnalyzerOptions);
        Assert.Empty(exceptions);
        return diagnostics;
    }

    /// <summary>The text after applying <paramref name="fix"/> to the first <paramref name="id"/> diagnostic.</summary>
    public static async Task<string> Apply(CodeFixProvider fix, string id, string source)
    {
        Document document = CreateDocument(source);
        Diagnostic diagnostic = (await Diagnostics(document)).First(candidate => candidate.Id == id);
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return await Text(document, Assert.Single(actions));
    }

    /// <summary>Whether <paramref name="fix"/> offers anything for the first <paramref name="id"/> diagnostic.</summary>
    public static async Task<bool> Offers(CodeFixProvider fix, string id, string source)
    {
        Document document = CreateDocument(source);
        Diagnostic diagnostic = (await Diagnostics(document)).First(candidate => candidate.Id == id);
        bool offered = false;
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (_, _) => offered = true, CancellationToken.None));
        return offered;
    }

    /// <summary>The text after Fix All in the document for every <paramref name="id"/> diagnostic.</summary>
    public static async Task<string> ApplyAll(CodeFixProvider fix, string id, string source)
    {
        Document document = CreateDocument(source);
        var diagnostics = (await Diagnostics(document)).Where(candidate => candidate.Id == id).ToImmutableArray();
        var actions = new List<CodeAction>();
        await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (action, _) => actions.Add(action), CancellationToken.None));
        var context = new FixAllContext(document, fix, FixAllScope.Document, actions[0].EquivalenceKey, [id],
            new FixedDiagnostics(diagnostics), CancellationToken.None);
        CodeAction all = (await fix.GetFixAllProvider()!.GetFixAsync(context))!;
        return await Text(document, all);
    }

    private static async Task<string> Text(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await solution.GetDocument(document.Id)!.GetTextAsync()).ToString();
    }

    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
