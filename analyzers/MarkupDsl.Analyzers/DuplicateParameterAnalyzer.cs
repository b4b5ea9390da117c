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
public sealed class DuplicateParameterAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateParameter);

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
        if (!MarkupCall.Is(invocation, type: null, "Stream", out _) || MarkupCall.Argument(invocation, "content") is not { } content)
        {
            return;
        }

        // Chained calls nest outermost-last, so the names' source positions give document order, not the tree.
        var arguments = content.Descendants()
            .OfType<IInvocationOperation>()
            .Where(parameter => MarkupCall.Is(parameter, "StreamBuilder", "Parameter", out _))
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
