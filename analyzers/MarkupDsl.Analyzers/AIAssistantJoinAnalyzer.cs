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
public sealed class AIAssistantJoinAnalyzer : VerbRuleAnalyzer
{
    /// <summary>Creates the rule.</summary>
    public AIAssistantJoinAnalyzer()
        : base("AIAssistant", Dialects.TeXML, Descriptors.AIAssistantParticipantWithoutJoin)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
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
