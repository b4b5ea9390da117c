using System;

namespace MarkupDsl.Markup;

/// <summary>
/// Builds an element the schemas do not declare (yet), such as a verb a provider ships after this release, for the
/// <c>CustomElement</c> method every generated builder has. Names are checked as XML names and values as XML text;
/// nothing else is checked, and <c>Parse</c> reports such elements as unknown.
/// </summary>
public sealed class CustomElementBuilder
{
    private CustomElementBuilder(MarkupElement element) => Element = element;

    /// <summary>The element being built.</summary>
    public MarkupElement Element { get; }

    /// <summary>Sets an attribute.</summary>
    /// <param name="name">An XML name; a prefix such as <c>xmlns:amazon</c> is allowed.</param>
    /// <param name="value">The unescaped value.</param>
    /// <returns>This builder, to chain the next call.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an XML name or is already set, or <paramref name="value"/> holds characters XML cannot carry.</exception>
    public CustomElementBuilder Attribute(string name, string value)
    {
        MarkupValidation.AddCustomAttribute(Element, name, value, nameof(name));
        return this;
    }

    /// <summary>Adds text after the content so far.</summary>
    /// <param name="text">The unescaped text.</param>
    /// <returns>This builder, to chain the next call.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> holds characters XML cannot carry.</exception>
    public CustomElementBuilder Text(string text)
    {
        Element.AddText(MarkupValidation.Text(text, nameof(text), Element.Name));
        return this;
    }

    /// <summary>Adds a child element.</summary>
    /// <param name="name">An XML name.</param>
    /// <param name="content">Sets the child's attributes, text and children.</param>
    /// <returns>This builder, to chain the next call.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an XML name.</exception>
    public CustomElementBuilder CustomElement(string name, Action<CustomElementBuilder>? content = null)
    {
        Element.Add(Create(name, content, parent: null));
        return this;
    }

    /// <summary>Creates a custom element for a generated builder.</summary>
    /// <param name="name">An XML name.</param>
    /// <param name="content">Sets its attributes, text and children.</param>
    /// <param name="parent">The rule of the element it goes in, whose declared children may not be added this way; null inside a custom element.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not an XML name or is a child <paramref name="parent"/> declares.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static MarkupElement Create(string name, Action<CustomElementBuilder>? content, ElementRule? parent)
    {
        string parentName = parent?.Name ?? "custom element";
        MarkupValidation.XmlName(name, nameof(name), parentName);
        if (parent is not null && Array.Exists(parent.Children, c => string.Equals(c.Name, name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"<{name}> is declared for <{parent.Name}>: add it through its own method, not as a custom element.", nameof(name));
        }

        var builder = new CustomElementBuilder(new MarkupElement(name));
        content?.Invoke(builder);
        return builder.Element;
    }
}
