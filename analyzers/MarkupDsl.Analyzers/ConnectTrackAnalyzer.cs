using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>A two-way <c>&lt;Connect&gt;&lt;Stream&gt;</c> streams only <c>inbound_track</c> (MDSL005).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConnectTrackAnalyzer : MarkupAnalyzer
{
    private const string InboundTrack = "inbound_track";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConnectStreamTrack);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!MarkupCall.Is(invocation, types, "ConnectBuilder", "Stream", out _)
            || MarkupCall.Argument(invocation, "track") is not { } track
            || KnownValues.Text(track, types) is not { } text
            || text == InboundTrack)
        {
            return;
        }

        // Point at the literal itself when there is one, so that the fix can rewrite it.
        IOperation value = Literal(track) ?? track;
        var properties = value is ILiteralOperation
            ? ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Replacement, InboundTrack)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConnectStreamTrack, value.Syntax.GetLocation(), properties, text));
    }

    private static IOperation? Literal(IOperation operation) => operation switch
    {
        ILiteralOperation literal => literal,
        IConversionOperation conversion => Literal(conversion.Operand),
        _ => null,
    };
}
