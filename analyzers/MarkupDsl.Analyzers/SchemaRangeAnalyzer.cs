using System.Collections.Immutable;
using System.Globalization;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// An integer constant outside the bounds the schema sets for its attribute (MDSL013): <c>&lt;Dial timeout&gt;</c>
/// from 5 to 600, <c>&lt;Gather numDigits&gt;</c> at least 1, each item of <c>&lt;Prompt attempt&gt;</c> from 1 to
/// 10, ... The bounds come from the <c>[SchemaRange]</c> attribute the generator puts on each builder parameter.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaRangeAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.OutOfSchemaRange);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Argument);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter
            || !SchemaRange.TryRead(parameter, types, out SchemaRange range))
        {
            return;
        }

        foreach (IOperation item in ArgumentItems.Of(argument.Value))
        {
            if (item.ConstantValue is { HasValue: true, Value: int value } && !range.Contains(value))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.OutOfSchemaRange, item.Syntax.GetLocation(),
                    parameter.Name, parameter.ContainingSymbol.Name, range.Description, value.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }
}
