using System.Linq;
using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// Telnyx's TeXML <c>&lt;Play&gt;</c> page: <c>ringTone</c> generates a ringback tone instead of fetching audio and
/// cannot be combined with an audio body (MDSL028). The schema gives <c>&lt;Play&gt;</c> text content, which the
/// builder writes whatever the attributes; a constant non-empty text with a <c>ringTone</c> is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PlayRingToneAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PlayRingToneWithAudio);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        RegisterVerbAction(context, types, "Play", Dialects.TeXML, Analyze);

    private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (GivenArguments.Of(invocation, "ringTone").Any()
            && MarkupCall.Argument(invocation, "text") is { ConstantValue: { HasValue: true, Value: string audio } } text
            && audio.Trim().Length > 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PlayRingToneWithAudio, text.Syntax.GetLocation(), audio));
        }
    }
}
