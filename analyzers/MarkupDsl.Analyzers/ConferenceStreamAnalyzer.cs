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
public sealed class ConferenceStreamAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConferenceStreamAttribute);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "Stream", Dialects.CXML, (operation, invocation) => Analyze(operation, types, invocation));

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types, IInvocationOperation invocation)
    {
        INamedTypeSymbol builder = invocation.TargetMethod.ContainingType;
        string? parent = types.Is(builder, "StartBuilder") ? "Start" : types.Is(builder, "ConnectBuilder") ? "Connect" : null;
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
