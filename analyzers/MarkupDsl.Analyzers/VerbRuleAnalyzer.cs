using System.Collections.Immutable;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// A rule about the builder calls of one verb in one dialect (cXML's <c>Denoise</c>, TeXML's <c>Dial</c>, ...): the
/// registration and the test for the verb and dialect are here, the rule's check in <see cref="Analyze"/>.
/// </summary>
public abstract class VerbRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly string _verb;
    private readonly string _dialect;

    /// <param name="verb">The builder method, named as the element (<c>Dial</c>).</param>
    /// <param name="dialect">The dialect, one of <see cref="Dialects"/>' names.</param>
    /// <param name="descriptor">The one diagnostic the rule reports.</param>
    private protected VerbRuleAnalyzer(string verb, string dialect, DiagnosticDescriptor descriptor)
    {
        _verb = verb;
        _dialect = dialect;
        SupportedDiagnostics = ImmutableArray.Create(descriptor);
    }

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (MarkupCall.Is(invocation, type: null, _verb, out string dialect) && dialect == _dialect)
                {
                    Analyze(operationContext, invocation);
                }
            },
            OperationKind.Invocation);
    }

    /// <summary>Checks one call of the verb's builder method in the dialect.</summary>
    private protected abstract void Analyze(OperationAnalysisContext context, IInvocationOperation invocation);
}
