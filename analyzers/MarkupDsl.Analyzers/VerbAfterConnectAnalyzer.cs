using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// A verb chained after <c>.Connect(...)</c> runs only when the WebSocket server ends the stream (MDSL006): legal,
/// but often meant to run at once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class VerbAfterConnectAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.VerbAfterConnect);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        // Only the first verb after the <Connect> is reported: the ones after it chain on that verb, not on Connect.
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Instance is IInvocationOperation previous
            && MarkupCall.Is(previous, types, "VoiceResponse", "Connect", out _)
            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, previous.TargetMethod.ContainingType)
            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ReturnType, previous.TargetMethod.ContainingType))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.VerbAfterConnect, MarkupCall.NameLocation(invocation), invocation.TargetMethod.Name));
        }
    }
}
