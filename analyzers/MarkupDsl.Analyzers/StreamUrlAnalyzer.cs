using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// Checks the URLs of a stream as far as the code fixes them: the stream URL must be <c>wss://</c> (MDSL001),
/// without a query string (MDSL002) and absolute where the dialect allows no relative path (MDSL011); a status
/// callback must be an absolute http(s) URL (MDSL010).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StreamUrlAnalyzer : MarkupAnalyzer
{
    private static readonly string[] HttpPrefixes = ["https://", "http://"];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.StreamUrlNotSecure, Descriptors.StreamUrlHasQuery, Descriptors.StatusCallbackUrl, Descriptors.RelativeStreamUrl);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!MarkupCall.Is(invocation, types, type: null, StreamUrlParameters.Method, out string dialect))
        {
            return;
        }

        if (UrlText.TryRead(MarkupCall.Argument(invocation, StreamUrlParameters.Url), types, out UrlText url))
        {
            AnalyzeStreamUrl(context, url, dialect);
        }

        if (UrlText.TryRead(MarkupCall.Argument(invocation, StreamUrlParameters.StatusCallback) ?? MarkupCall.Argument(invocation, StreamUrlParameters.StatusUrl), types, out UrlText callback)
            && !IsHttpUrl(callback))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.StatusCallbackUrl, callback.Location, callback.Display));
        }
    }

    private static void AnalyzeStreamUrl(OperationAnalysisContext context, UrlText url, string dialect)
    {
        if (url.Scheme is { } scheme)
        {
            if (scheme != "wss")
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(FixProperties.Replaced, scheme)
                    .Add(FixProperties.Replacement, "wss");
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.StreamUrlNotSecure, url.Location, properties, url.Display));
            }
        }
        else if (url.Text.StartsWith("/", System.StringComparison.Ordinal))
        {
            if (dialect is Dialects.TeXML or Dialects.SWML)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.RelativeStreamUrl, url.Location, Dialects.DisplayName(dialect), url.Display));
            }
        }
        else if (url.IsComplete)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.StreamUrlNotSecure, url.Location, url.Display));
        }

        if (url.HasQueryOrFragment)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.StreamUrlHasQuery, url.Location, url.Display));
        }
    }

    /// <summary>An absolute http(s) URL with a host, or the start of one; false only when the known text rules it out.</summary>
    private static bool IsHttpUrl(UrlText url)
    {
        string text = url.Text;
        foreach (string prefix in HttpPrefixes)
        {
            if (text.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return !url.IsComplete || text.Length > prefix.Length;
            }

            if (!url.IsComplete && prefix.StartsWith(text, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
