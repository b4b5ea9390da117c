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
public sealed class SuppressionAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<string> KrispOnly = ImmutableArray.Create("model", "suppressionLevel");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SuppressionKrispOnly);

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
        if (!MarkupCall.Is(invocation, type: null, "Suppression", out string dialect) || dialect != Dialects.TeXML)
        {
            return;
        }

        // An omitted engine is Denoiser; one not known at compile time may be Krisp.
        IOperation? engine = MarkupCall.Argument(invocation, "noiseSuppressionEngine");
        string? engineText = engine is null ? "Denoiser (the default)" : KnownValues.Text(engine);
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
