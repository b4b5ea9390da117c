using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// TeXML's <c>bidirectionalCodec</c> applies only when <c>bidirectionalMode</c> is <c>rtp</c>; in the default mp3
/// mode Telnyx ignores it (MDSL012).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BidirectionalCodecAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BidirectionalCodecWithoutRtp);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "Stream", Dialects.TeXML, (c, invocation) => Analyze(c, types, invocation));

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types, IInvocationOperation invocation)
    {
        if (MarkupCall.Argument(invocation, "bidirectionalCodec") is not { } codec)
        {
            return;
        }

        // An omitted mode is mp3; a mode not known at compile time may be rtp.
        IOperation? mode = MarkupCall.Argument(invocation, "bidirectionalMode");
        string? modeText = mode is null ? "mp3" : KnownValues.Text(mode, types);
        if (modeText is not null && modeText != "rtp")
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.BidirectionalCodecWithoutRtp, codec.Syntax.GetLocation()));
        }
    }
}
