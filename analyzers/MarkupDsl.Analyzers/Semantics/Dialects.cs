using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>The dialect namespaces of the generated builders and the dialect a symbol belongs to.</summary>
internal static class Dialects
{
    /// <summary>The namespaces, in the order the diagnostics list other dialects.</summary>
    public static readonly ImmutableArray<string> Namespaces =
        ImmutableArray.Create("MarkupDsl.TwiML", "MarkupDsl.TeXML", "MarkupDsl.CXML", "MarkupDsl.SWML");

    public const string TwiML = "TwiML";
    public const string TeXML = "TeXML";
    public const string CXML = "CXML";
    public const string SWML = "SWML";

    /// <summary>The dialect (the last namespace segment) of a generated type, or null for any other type.</summary>
    public static string? Of(ITypeSymbol? type)
    {
        if (type?.ContainingNamespace is not { } ns || ns.ContainingNamespace is not { Name: "MarkupDsl" } parent
            || parent.ContainingNamespace is not { IsGlobalNamespace: true })
        {
            return null;
        }

        return ns.Name is TwiML or TeXML or CXML or SWML ? ns.Name : null;
    }

    /// <summary>The name a diagnostic shows for a dialect (cXML is written so by SignalWire).</summary>
    public static string DisplayName(string dialect) => dialect == CXML ? "cXML" : dialect;
}
