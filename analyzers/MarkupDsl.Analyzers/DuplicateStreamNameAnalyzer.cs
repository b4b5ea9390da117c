using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// A constant stream name (SWML <c>control_id</c>) started twice in one response without a stop between (MDSL009).
/// A response is one call chain from <c>new VoiceResponse()</c> or <c>new SwmlDocument()</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DuplicateStreamNameAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DuplicateStreamName);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.ObjectCreation);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        IOperation root = context.Operation;
        if (!types.Is(root.Type, "VoiceResponse") && !types.Is(root.Type, "SwmlDocument"))
        {
            return;
        }

        // Climb to the last call of the chain: its tree holds every verb of the response. Chained calls nest
        // outermost-last, so the names' source positions give document order, not the tree.
        IOperation chain = root;
        while (chain.Parent is IInvocationOperation next && next.Instance == chain)
        {
            chain = next;
        }

        var names = new List<(IOperation Argument, bool Starts)>();
        foreach (IInvocationOperation invocation in chain.DescendantsAndSelf().OfType<IInvocationOperation>())
        {
            if (StreamNames.Argument(invocation, types, out bool starts) is { } argument)
            {
                names.Add((argument, starts));
            }
        }

        var running = new HashSet<string>(System.StringComparer.Ordinal);
        foreach ((IOperation argument, bool starts) in names.OrderBy(entry => entry.Argument.Syntax.SpanStart))
        {
            if (argument.ConstantValue is not { HasValue: true, Value: string name })
            {
                continue;
            }

            if (!starts)
            {
                running.Remove(name);
            }
            else if (!running.Add(name))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.DuplicateStreamName, argument.Syntax.GetLocation(), name));
            }
        }
    }
}
