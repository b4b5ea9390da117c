using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using MarkupDsl.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Docs.Tests.Snippets;

/// <summary>A snippet compiled with its glue: what the compiler and the analyzers said, and a way to run it.</summary>
internal sealed record CompiledSnippet(Snippet Snippet, Compilation Compilation, bool Statements, ImmutableArray<Diagnostic> CompilerDiagnostics, ImmutableArray<Diagnostic> AnalyzerDiagnostics)
{
    /// <summary>
    /// The compiler's errors anywhere and its warnings in the document, as the compiler prints them
    /// (<c>README.md(12,5): error CS0103: ...</c>).
    /// </summary>
    public IEnumerable<string> Problems => CompilerDiagnostics
        .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error
            || (diagnostic.Severity == DiagnosticSeverity.Warning && InDocument(diagnostic)))
        .Select(Format);

    /// <summary>The analyzers' diagnostics on the snippet's lines (glue aside), info included.</summary>
    public IEnumerable<Diagnostic> Reported => AnalyzerDiagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden && InDocument(diagnostic));

    /// <summary>A diagnostic as the compiler prints it, located in the document.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// Runs the snippet and renders its value as the document shows it: a statement snippet's last local, or what its
    /// one method returns when called with the glue's fields of the same names as its parameters. A markup document
    /// gives its text; a markup result (<c>MarkupResults.Markup</c>) what it writes into the response body.
    /// </summary>
    public async Task<string> RunAsync()
    {
        using var image = new MemoryStream();
        var emitted = Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(Format)));
        var context = new AssemblyLoadContext(Snippet.ToString(), isCollectible: true);
        try
        {
            image.Position = 0;
            Type type = context.LoadFromStream(image).GetType(SnippetSource.ClassName)!;
            object instance = Activator.CreateInstance(type)!;
            object? value = Statements ? type.GetMethod(SnippetSource.RunMethod)!.Invoke(instance, null) : Call(type, instance);
            return await RenderAsync(value);
        }
        finally
        {
            context.Unload();
        }
    }

    private bool InDocument(Diagnostic diagnostic) =>
        diagnostic.Location.GetMappedLineSpan() is { HasMappedPath: true } span && span.Path == Snippet.Block.Document;

    private object? Call(Type type, object instance)
    {
        string name = Assert.Single(SnippetSource.DeclaredMethods(Snippet));
        MethodInfo method = type.GetMethod(name, BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        object?[] arguments = method.GetParameters()
            .Select(parameter => type.GetField(parameter.Name!, BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(instance)
                ?? throw new InvalidOperationException($"{Snippet}: the glue has no field '{parameter.Name}' to pass to {name}."))
            .ToArray();
        return method.Invoke(method.IsStatic ? null : instance, arguments);
    }

    private static async Task<string> RenderAsync(object? value)
    {
        if (value is Task task)
        {
            await task;
            value = task.GetType().GetProperty("Result")?.GetValue(task);
        }

        switch (value)
        {
            case MarkupDocument document:
                return document.ToString();
            case IResult result:
                var http = new DefaultHttpContext();
                using (var body = new MemoryStream())
                {
                    http.Response.Body = body;
                    await result.ExecuteAsync(http);
                    return System.Text.Encoding.UTF8.GetString(body.ToArray());
                }
            default:
                throw new InvalidOperationException($"Cannot show a {value?.GetType().Name ?? "null"} as a document's output: give the snippet a markup document or result as its last local.");
        }
    }
}
