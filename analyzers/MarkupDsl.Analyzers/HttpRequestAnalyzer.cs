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
public sealed class HttpRequestAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HttpRequestActionWhenAsync);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (MarkupCall.Is(invocation, type: null, "HttpRequest", out string dialect) && dialect == Dialects.TeXML
            && MarkupCall.Argument(invocation, "action") is { } action
            && MarkupCall.Argument(invocation, "async") is { } isAsync
            && ArgumentItems.Unwrap(isAsync).ConstantValue is { HasValue: true, Value: true })
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HttpRequestActionWhenAsync, action.Syntax.GetLocation()));
        }
    }
}
