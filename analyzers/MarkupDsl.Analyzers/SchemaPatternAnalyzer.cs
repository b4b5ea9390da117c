using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// A string constant that does not match the pattern the schema sets for its attribute (MDSL014): a webhook
/// (<c>action</c>, <c>url</c>, a status callback) that is neither an http(s) URL nor a relative one, <c>&lt;Play
/// digits&gt;</c> other than DTMF keys, a <c>speechTimeout</c> other than <c>auto</c> or whole seconds, ... The
/// facets come from the <c>[SchemaPattern]</c> attribute the generator puts on each builder parameter. The stream
/// URLs are left to the stream URL rules (MDSL001, MDSL002, MDSL010, MDSL011), which say more and offer fixes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaPatternAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SchemaPatternMismatch);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Argument);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter
            || StreamUrlParameters.Contains(parameter)
            || !UrlText.TryRead(argument.Value, out UrlText value) || !value.IsComplete
            || SchemaPattern.Of(parameter) is not { } pattern || !pattern.Rejects(value.Text))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SchemaPatternMismatch, value.Location,
            parameter.Name, parameter.ContainingSymbol.Name, pattern.Rule, value.Text));
    }
}
