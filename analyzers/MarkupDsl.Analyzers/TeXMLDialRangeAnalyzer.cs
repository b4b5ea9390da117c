using System.Collections.Immutable;
using System.Globalization;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// Telnyx's <c>&lt;Dial&gt;</c> takes <c>timeout</c> from 5 to 120 seconds and <c>timeLimit</c> from 60 to 14400,
/// narrower than the ranges its value types share with TwiML and cXML (5 to 600, 1 to 86400), which the builder
/// checks (MDSL022).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TeXMLDialRangeAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<(string Attribute, int Min, int Max)> Ranges =
        ImmutableArray.Create(("timeout", 5, 120), ("timeLimit", 60, 14400));

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TeXMLDialRange);

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
        if (!MarkupCall.Is(invocation, type: null, "Dial", out string dialect) || dialect != Dialects.TeXML)
        {
            return;
        }

        foreach ((string attribute, int min, int max) in Ranges)
        {
            if (MarkupCall.Argument(invocation, attribute) is { } argument
                && ArgumentItems.Unwrap(argument) is { ConstantValue: { HasValue: true, Value: int value } } constant
                && (value < min || value > max))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.TeXMLDialRange, constant.Syntax.GetLocation(),
                    attribute, $"{min} to {max}", value.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }
}
