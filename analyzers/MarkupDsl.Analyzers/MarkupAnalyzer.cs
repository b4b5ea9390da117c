using System;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// The base of every MarkupDsl analyzer. It analyzes concurrently and skips generated code, and registers a rule's
/// actions at the start of each compilation that references the MarkupDsl runtime, handing it MarkupDsl's types as
/// that compilation resolves them (<see cref="MarkupTypes"/>); in a compilation without the runtime no rule runs.
/// </summary>
public abstract class MarkupAnalyzer : DiagnosticAnalyzer
{
    private protected MarkupAnalyzer()
    {
    }

    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (MarkupTypes.Of(start.Compilation) is { } types)
            {
                Register(start, types);
            }
        });
    }

    /// <summary>Registers the rule's operation actions for one compilation that references the runtime.</summary>
    private protected abstract void Register(CompilationStartAnalysisContext context, MarkupTypes types);

    /// <summary>
    /// Registers <paramref name="check"/> for each call of the builder method <paramref name="verb"/> (named as the
    /// element, <c>Dial</c>) of <paramref name="dialect"/>, on the generated type <paramref name="builder"/>
    /// (<c>GatherBuilder</c>) or, when it is null, on any: the registration of a rule about one verb in one dialect.
    /// </summary>
    private protected static void RegisterVerbAction(
        CompilationStartAnalysisContext context,
        MarkupTypes types,
        string verb,
        string dialect,
        Action<OperationAnalysisContext, IInvocationOperation> check,
        string? builder = null) =>
        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (MarkupCall.Is(invocation, types, builder, verb, out string called) && called == dialect)
                {
                    check(operationContext, invocation);
                }
            },
            OperationKind.Invocation);
}
