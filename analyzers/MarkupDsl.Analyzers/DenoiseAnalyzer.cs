using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// cXML's <c>&lt;Denoise&gt;</c> text is <c>on</c> or <c>off</c> (MDSL019). The schema reads text content as a
/// string, so the builder cannot refuse another word; a constant is checked here.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DenoiseAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DenoiseValue);

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
        if (MarkupCall.Is(invocation, type: null, "Denoise", out string dialect) && dialect == Dialects.CXML
            && MarkupCall.Argument(invocation, "text") is { ConstantValue: { HasValue: true, Value: string text } } argument
            && text is not ("on" or "off"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DenoiseValue, argument.Syntax.GetLocation(), text));
        }
    }
}
