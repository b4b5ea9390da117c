using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>Recognises the attributes of <c>MarkupDsl.Markup</c> that carry schema facts into metadata.</summary>
internal static class SchemaAttributes
{
    /// <summary>Whether <paramref name="attribute"/> is <c>MarkupDsl.Markup.</c><paramref name="name"/>.</summary>
    public static bool Is(AttributeData attribute, string name) =>
        attribute.AttributeClass is { Name: var className, ContainingNamespace: { Name: "Markup", ContainingNamespace: { Name: "MarkupDsl", ContainingNamespace.IsGlobalNamespace: true } } }
        && className == name;
}
