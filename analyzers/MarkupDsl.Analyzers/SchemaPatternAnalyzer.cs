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
/// URLs are left to the stream URL rules (MDSL001, MDSL002, MDSL010, MDSL011), which say more and offer fixes. When
/// another scheme alone would make the value match (<c>ws://</c> for <c>http://</c>, <c>wss://</c> for
/// <c>https://</c>, <c>HTTPS://</c> for <c>https://</c>), the diagnostic names it for the scheme fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaPatternAnalyzer : MarkupAnalyzer
{
    // The schemes a scheme is mistaken for, most likely first: a WebSocket scheme for the HTTP one of the same
    // security, and back.
    private static readonly ImmutableDictionary<string, ImmutableArray<string>> Counterparts = ImmutableDictionary.CreateRange(new[]
    {
        Entry("ws", "wss", "http"),
        Entry("wss", "https"),
        Entry("http", "wss"),
        Entry("https", "wss"),
    });

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SchemaPatternMismatch);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Argument);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter
            || StreamUrlParameters.Contains(parameter)
            || !UrlText.TryRead(argument.Value, types, out UrlText value) || !value.IsComplete
            || SchemaPattern.Of(parameter, types) is not { } pattern || !pattern.Rejects(value.Text))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SchemaPatternMismatch, value.Location, SchemeFix(value, pattern),
            parameter.Name, parameter.ContainingSymbol.Name, pattern.Rule, value.Text));
    }

    /// <summary>The fix properties naming the scheme that makes the value match, when one does.</summary>
    private static ImmutableDictionary<string, string?> SchemeFix(UrlText value, SchemaPattern pattern)
    {
        var none = ImmutableDictionary<string, string?>.Empty;
        if (value.Scheme is not { } scheme)
        {
            return none;
        }

        string lower = scheme.ToLowerInvariant();
        var candidates = Counterparts.TryGetValue(lower, out ImmutableArray<string> others) ? others : ImmutableArray<string>.Empty;
        if (lower != scheme)
        {
            candidates = candidates.Insert(0, lower);
        }

        string rest = value.Text.Substring(scheme.Length);
        foreach (string candidate in candidates)
        {
            if (!pattern.Rejects(candidate + rest))
            {
                return none.Add(FixProperties.Replaced, scheme).Add(FixProperties.Replacement, candidate);
            }
        }

        return none;
    }

    private static System.Collections.Generic.KeyValuePair<string, ImmutableArray<string>> Entry(string scheme, params string[] counterparts) =>
        new(scheme, ImmutableArray.Create(counterparts));
}
