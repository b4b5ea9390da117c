using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// TeXML's <c>&lt;Suppression&gt;</c> <c>model</c> and <c>suppressionLevel</c> apply only to the Krisp engine; with
/// any other (Denoiser when omitted) Telnyx ignores them (MDSL020).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SuppressionAnalyzer : MarkupAnalyzer
{
    private static readonly string[] KrispOnly = ["model", "suppressionLevel"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SuppressionKrispOnly);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "Suppression", Dialects.TeXML, (operation, invocation) => Analyze(operation, types, invocation));

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types, IInvocationOperation invocation)
    {
        // An omitted engine is Denoiser; one not known at compile time may be Krisp.
        IOperation? engine = MarkupCall.Argument(invocation, "noiseSuppressionEngine");
        string? engineText = engine is null ? "Denoiser (the default)" : KnownValues.Text(engine, types);
        if (engineText is null || engineText == "Krisp")
        {
            return;
        }

        foreach (string attribute in KrispOnly)
        {
            if (MarkupCall.Argument(invocation, attribute) is { } value)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SuppressionKrispOnly, value.Syntax.GetLocation(), attribute, engineText));
            }
        }
    }
}
