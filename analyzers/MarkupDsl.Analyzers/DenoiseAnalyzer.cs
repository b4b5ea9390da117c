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
public sealed class DenoiseAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DenoiseValue);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "Denoise", Dialects.CXML, Analyze);

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (MarkupCall.Argument(invocation, "text") is { ConstantValue: { HasValue: true, Value: string text } } argument
            && text is not ("on" or "off"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.DenoiseValue, argument.Syntax.GetLocation(), text));
        }
    }
}
