using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// The dialect namespaces of the generated builders and the dialect a symbol belongs to. A dialect is named by its
/// namespace below <c>MarkupDsl</c>: <c>TwiML</c>, ..., and <c>TwiML.Messaging</c>, <c>CXML.Messaging</c>,
/// <c>CXML.Fax</c>, <c>SWML.Messaging</c>, whose last segment alone would not tell them from a user's own namespaces.
/// </summary>
internal static class Dialects
{
    public const string TwiML = "TwiML";
    public const string TeXML = "TeXML";
    public const string CXML = "CXML";
    public const string SWML = "SWML";
    public const string Messaging = "TwiML.Messaging";
    public const string CXMLMessaging = "CXML.Messaging";
    public const string CXMLFax = "CXML.Fax";
    public const string SWMLMessaging = "SWML.Messaging";

    private const string Root = "MarkupDsl";

    /// <summary>Every dialect, in the order the diagnostics list other dialects.</summary>
    public static readonly ImmutableArray<string> All = ImmutableArray.Create(TwiML, TeXML, CXML, SWML, Messaging, CXMLMessaging, CXMLFax, SWMLMessaging);

    /// <summary>The namespace that holds a dialect's generated types.</summary>
    public static string Namespace(string dialect) => Root + "." + dialect;

    /// <summary>The dialect of a generated type, or null for any other type.</summary>
    public static string? Of(ITypeSymbol? type)
    {
        if (type?.ContainingNamespace is not { } ns)
        {
            return null;
        }

        string? name = IsRoot(ns.ContainingNamespace) ? ns.Name
            : ns.ContainingNamespace is { } parent && IsRoot(parent.ContainingNamespace) ? parent.Name + "." + ns.Name
            : null;
        return name is not null && All.Contains(name) ? name : null;
    }

    /// <summary>The name a diagnostic shows for a dialect (cXML is written so by SignalWire).</summary>
    public static string DisplayName(string dialect) => dialect switch
    {
        CXML => "cXML",
        Messaging => "TwiML Messaging",
        CXMLMessaging => "cXML Messaging",
        CXMLFax => "cXML Fax",
        SWMLMessaging => "SWML Messaging",
        _ => dialect,
    };

    private static bool IsRoot(INamespaceSymbol? ns) =>
        ns is { Name: Root, ContainingNamespace.IsGlobalNamespace: true };
}
