using System.Collections.Immutable;
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
public sealed class ConferenceStreamAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConferenceStreamAttribute);

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
        if (!MarkupCall.Is(invocation, type: null, "Stream", out string dialect) || dialect != Dialects.CXML
            || invocation.TargetMethod.ContainingType.Name is not ("StartBuilder" or "ConnectBuilder"))
        {
            return;
        }

        string parent = invocation.TargetMethod.ContainingType.Name == "StartBuilder" ? "Start" : "Connect";
        foreach (IArgumentOperation argument in GivenArguments.Of(invocation, "bidir", "streamSslValidateCertificate", "streamStartConferenceOnEnter"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConferenceStreamAttribute, argument.Syntax.GetLocation(), argument.Parameter!.Name, parent));
        }
    }
}
