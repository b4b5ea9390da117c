using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MarkupDsl.Docs.Tests.Snippets;

/// <summary>
/// Puts a snippet into the partial class <c>Snippet</c> that the document's glue completes: statements become the
/// body of <c>Run()</c>, which returns the last local they declare (the value whose output a document shows); member
/// declarations (an MVC action, say) become members. <c>#line</c> directives map every diagnostic back to the
/// document's file and line. The wrapper's own lines stay visible (<c>#line default</c>, not <c>hidden</c>): the analyzers
/// skip a method declared in hidden code, as generated code.
/// </summary>
internal static class SnippetSource
{
    /// <summary>The class the wrapped snippet and the glue declare together.</summary>
    public const string ClassName = "Snippet";

    /// <summary>The method that runs a statement snippet and returns its last local.</summary>
    public const string RunMethod = "Run";

    public static string Wrap(Snippet snippet, out bool statements)
    {
        // Statements when the code has any but local functions at the top (a 'public' method parses as one) or does
        // not parse as a class body.
        var members = CSharpSyntaxTree.ParseText(snippet.Body, SnippetCompiler.ParseOptions).GetCompilationUnitRoot().Members;
        statements = members.Any(member => member is GlobalStatementSyntax { Statement: not LocalFunctionStatementSyntax })
            || AsClassBody(snippet).GetDiagnostics().Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        string path = snippet.Block.Document;
        var source = new StringBuilder();
        foreach (SourceLine directive in snippet.Usings)
        {
            source.Append($"#line {directive.Line} \"{path}\"\n{directive.Text}\n");
        }

        source.Append($"#line default\npartial class {ClassName}\n{{\n");
        if (statements)
        {
            string result = members.OfType<GlobalStatementSyntax>()
                .Select(member => member.Statement)
                .OfType<LocalDeclarationStatementSyntax>()
                .LastOrDefault()?.Declaration.Variables.Last().Identifier.Text ?? "null";
            source.Append($"public async System.Threading.Tasks.Task<object?> {RunMethod}()\n{{\n");
            source.Append($"#line {snippet.BodyLine} \"{path}\"\n{snippet.Body}\n#line default\n");
            // Async so that a snippet may await at the top, as a Program.cs does; the await keeps a snippet that does not from warning.
            source.Append($"await System.Threading.Tasks.Task.CompletedTask;\nreturn {result};\n}}\n");
        }
        else
        {
            source.Append($"#line {snippet.BodyLine} \"{path}\"\n{snippet.Body}\n#line default\n");
        }

        return source.Append("}\n").ToString();
    }

    /// <summary>The methods a member snippet declares, by name.</summary>
    public static string[] DeclaredMethods(Snippet snippet) =>
        AsClassBody(snippet).GetRoot().DescendantNodes()
            .OfType<MethodDeclarationSyntax>()
            .Select(method => method.Identifier.Text)
            .ToArray();

    private static SyntaxTree AsClassBody(Snippet snippet) =>
        CSharpSyntaxTree.ParseText($"class {ClassName}\n{{\n{snippet.Body}\n}}", SnippetCompiler.ParseOptions);
}
