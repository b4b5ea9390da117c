using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// SignalWire's cXML <c>&lt;Play&gt;</c> page: nested in <c>&lt;Gather&gt;</c>, <c>&lt;Play&gt;</c> does not support
/// <c>digits</c> (MDSL027). <c>&lt;Play&gt;</c> is one element with one attribute set wherever it is nested, so the
/// builder cannot leave <c>digits</c> out under <c>&lt;Gather&gt;</c> only.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GatherPlayDigitsAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.GatherPlayDigits);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "Play", Dialects.CXML, Analyze, builder: "GatherBuilder");

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        foreach (IArgumentOperation digits in GivenArguments.Of(invocation, "digits"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.GatherPlayDigits, digits.Value.Syntax.GetLocation()));
        }
    }
}
