using System.Globalization;
using System.Collections.Immutable;
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
public sealed class TeXMLDialRangeAnalyzer : MarkupAnalyzer
{
    private static readonly (string Attribute, int Min, int Max)[] Ranges = [("timeout", 5, 120), ("timeLimit", 60, 14400)];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.TeXMLDialRange);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "Dial", Dialects.TeXML, Analyze);

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
    {
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
