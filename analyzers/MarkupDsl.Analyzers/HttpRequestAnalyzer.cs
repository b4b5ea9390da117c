using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// TeXML's <c>&lt;HttpRequest action&gt;</c> receives the response's fields only when the call waits for the
/// request (<c>async</c> false, the default); with <c>async</c> true it is never requested (MDSL021).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpRequestAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HttpRequestActionWhenAsync);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "HttpRequest", Dialects.TeXML, Analyze);

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (MarkupCall.Argument(invocation, "action") is { } action
            && MarkupCall.Argument(invocation, "async") is { } isAsync
            && ArgumentItems.Unwrap(isAsync).ConstantValue is { HasValue: true, Value: true })
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HttpRequestActionWhenAsync, action.Syntax.GetLocation()));
        }
    }
}
