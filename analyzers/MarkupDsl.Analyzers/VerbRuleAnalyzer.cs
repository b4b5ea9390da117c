using System.Collections.Immutable;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// A rule about the builder calls of one verb in one dialect (cXML's <c>Denoise</c>, TeXML's <c>Dial</c>, ...), or of
/// the verb nested in one builder (cXML's <c>GatherBuilder.Play</c>): the registration and the test for the verb and
/// dialect are here, the rule's check in <see cref="Analyze"/>.
/// </summary>
public abstract class VerbRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly string _verb;
    private readonly string _dialect;
    private readonly string? _builder;

    /// <param name="verb">The builder method, named as the element (<c>Dial</c>).</param>
    /// <param name="dialect">The dialect, one of <see cref="Dialects"/>' names.</param>
    /// <param name="descriptor">The one diagnostic the rule reports.</param>
    /// <param name="builder">The generated builder class the verb is called on (<c>GatherBuilder</c>), or null for any.</param>
    private protected VerbRuleAnalyzer(string verb, string dialect, DiagnosticDescriptor descriptor, string? builder = null)
    {
        _verb = verb;
        _dialect = dialect;
        _builder = builder;
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
                if (MarkupCall.Is(invocation, _builder, _verb, out string dialect) && dialect == _dialect)
                {
                    Analyze(operationContext, invocation);
                }
            },
            OperationKind.Invocation);
    }

    /// <summary>Checks one call of the verb's builder method in the dialect.</summary>
    private protected abstract void Analyze(OperationAnalysisContext context, IInvocationOperation invocation);
}
