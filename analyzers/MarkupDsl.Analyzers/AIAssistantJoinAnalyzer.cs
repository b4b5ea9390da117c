using System.Linq;
using System.Collections.Immutable;
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
public sealed class AIAssistantJoinAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIAssistantParticipantWithoutJoin);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "AIAssistant", Dialects.TeXML, Analyze);

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (GivenArguments.Of(invocation, "join").Any())
        {
            return;
        }

        foreach (IArgumentOperation argument in GivenArguments.Of(invocation, "participantName", "participantRole"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIAssistantParticipantWithoutJoin, argument.Syntax.GetLocation(), argument.Parameter!.Name));
        }
    }
}
