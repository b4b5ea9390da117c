using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// SignalWire documents <c>bidir</c>, <c>streamSslValidateCertificate</c> and <c>streamStartConferenceOnEnter</c>
/// for the <c>&lt;Stream&gt;</c> of a <c>&lt;Conference&gt;</c> only; cXML's one <c>&lt;Stream&gt;</c> element also
/// offers them under <c>&lt;Start&gt;</c> and <c>&lt;Connect&gt;</c>, where they do nothing (MDSL026).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConferenceStreamAnalyzer : VerbRuleAnalyzer
{
    /// <summary>Creates the rule.</summary>
    public ConferenceStreamAnalyzer()
        : base("Stream", Dialects.CXML, Descriptors.ConferenceStreamAttribute)
    {
    }

    private protected override void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        string? parent = invocation.TargetMethod.ContainingType.Name switch
        {
            "StartBuilder" => "Start",
            "ConnectBuilder" => "Connect",
            _ => null,
        };
        if (parent is null)
        {
            return;
        }

        foreach (IArgumentOperation argument in GivenArguments.Of(invocation, "bidir", "streamSslValidateCertificate", "streamStartConferenceOnEnter"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConferenceStreamAttribute, argument.Syntax.GetLocation(), argument.Parameter!.Name, parent));
        }
    }
}
