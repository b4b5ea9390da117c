using System;
using System.Collections.Immutable;
using System.Linq;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// The voice rules of Telnyx's <c>&lt;Say&gt;</c> page: <c>gender</c> and <c>effect</c> apply only to Azure voices
/// (MDSL023), and an ElevenLabs voice needs <c>api_key_ref</c> (MDSL024), on <c>&lt;Say&gt;</c> and on
/// <c>&lt;AIGather&gt;&lt;Voice&gt;</c>. Only a voice known at compile time is judged.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TelnyxVoiceAnalyzer : MarkupAnalyzer
{
    // <Say> speaks with man when no voice is given.
    private const string DefaultSayVoice = "man";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AzureOnlyVoiceSetting, Descriptors.ElevenLabsVoiceWithoutApiKey);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types)
    {
        RegisterVerbAction(context, types, "Say", Dialects.TeXML, (c, invocation) => AnalyzeSay(c, types, invocation));
        RegisterVerbAction(context, types, "Voice", Dialects.TeXML, (c, invocation) => AnalyzeAIGatherVoice(c, types, invocation), builder: "AIGatherBuilder");
    }

    private static void AnalyzeSay(OperationAnalysisContext context, MarkupTypes types, IInvocationOperation invocation)
    {
        IOperation? voice = MarkupCall.Argument(invocation, "voice");
        string? voiceText = voice is null ? DefaultSayVoice : KnownValues.Text(voice, types);
        if (voiceText is not null)
        {
            ReportAzureOnly(context, invocation, voiceText);
            ReportMissingKey(context, invocation, voice, voiceText);
        }
    }

    private static void AnalyzeAIGatherVoice(OperationAnalysisContext context, MarkupTypes types, IInvocationOperation invocation)
    {
        if (MarkupCall.Argument(invocation, "name") is { } name && KnownValues.Text(name, types) is { } nameText)
        {
            ReportMissingKey(context, invocation, name, nameText);
        }
    }

    private static void ReportAzureOnly(OperationAnalysisContext context, IInvocationOperation invocation, string voice)
    {
        if (voice.StartsWith("Azure.", StringComparison.Ordinal))
        {
            return;
        }

        foreach (IArgumentOperation argument in GivenArguments.Of(invocation, "gender", "effect"))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AzureOnlyVoiceSetting, argument.Syntax.GetLocation(), argument.Parameter!.Name, voice));
        }
    }

    private static void ReportMissingKey(OperationAnalysisContext context, IInvocationOperation invocation, IOperation? voice, string voiceText)
    {
        if (voice is not null && voiceText.StartsWith("ElevenLabs.", StringComparison.Ordinal) && !GivenArguments.Of(invocation, "apiKeyRef").Any())
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ElevenLabsVoiceWithoutApiKey, voice.Syntax.GetLocation(), voiceText));
        }
    }
}
