using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>Two <c>&lt;Parameter&gt;</c>s with the same constant name in one stream's content (MDSL008).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateParameterAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateParameter);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!MarkupCall.Is(invocation, types, type: null, "Stream", out _) || MarkupCall.Argument(invocation, "content") is not { } content)
        {
            return;
        }

        // Chained calls nest outermost-last, so the names' source positions give document order, not the tree.
        var arguments = content.Descendants()
            .OfType<IInvocationOperation>()
            .Where(parameter => MarkupCall.Is(parameter, types, "StreamBuilder", "Parameter", out _))
            .Select(parameter => MarkupCall.Argument(parameter, "name"))
            .OfType<IOperation>()
            .OrderBy(argument => argument.Syntax.SpanStart);
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (IOperation argument in arguments)
        {
            if (argument.ConstantValue is { HasValue: true, Value: string name } && !names.Add(name))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateParameter, argument.Syntax.GetLocation(), name));
            }
        }
    }
}
