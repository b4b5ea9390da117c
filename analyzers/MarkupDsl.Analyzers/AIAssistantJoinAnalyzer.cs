using System.Collections.Immutable;
using System.Linq;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// TeXML's <c>&lt;AIAssistant&gt;</c> uses <c>participantName</c> and <c>participantRole</c> only when it joins a
/// running conversation with <c>join</c>; without it they do nothing (MDSL025).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AIAssistantJoinAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIAssistantParticipantWithoutJoin);

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
        if (!MarkupCall.Is(invocation, "ConnectBuilder", "AIAssistant", out string dialect) || dialect != Dialects.TeXML
            || GivenArguments.Of(invocation, "join").Any())
        {
            return;
        }

        foreach (IArgumentOperation argument in GivenArguments.Of(invocation, "participantName", "participantRole"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIAssistantParticipantWithoutJoin, argument.Syntax.GetLocation(), argument.Parameter!.Name));
        }
    }
}
