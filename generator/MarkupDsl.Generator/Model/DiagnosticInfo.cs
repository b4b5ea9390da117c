using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Model;

/// <summary>An equatable record of a diagnostic to report: its descriptor ID, where, and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, SourceSpan Span, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(
        Diagnostics.SchemaDiagnostics.Find(Id),
        Span.ToLocation(),
        System.Linq.Enumerable.ToArray<object>(Arguments));
}
