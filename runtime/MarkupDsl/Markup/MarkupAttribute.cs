namespace MarkupDsl.Markup;

/// <summary>An attribute of a <see cref="MarkupElement"/>: its name as the provider spells it and its value as written.</summary>
/// <param name="Name">The attribute name; case-sensitive, as in the dialect's schema.</param>
/// <param name="Value">The attribute value, unescaped; the writer escapes it.</param>
public readonly record struct MarkupAttribute(string Name, string Value);
