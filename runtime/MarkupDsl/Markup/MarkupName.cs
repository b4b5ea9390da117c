using System;
using System.ComponentModel;
using System.Text;

namespace MarkupDsl.Markup;

/// <summary>
/// An element or attribute name the generated code knows at compile time, with the markup around it rendered once in
/// UTF-16 and UTF-8 (<c>&lt;Gather</c>, <c>&lt;/Gather&gt;</c>, <c> action="</c>), so that the XML writer copies each
/// tag whole instead of assembling it from characters for every element it writes.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarkupName
{
    /// <summary>Renders the tags of a name.</summary>
    /// <param name="name">The element or attribute name, as the schema spells it.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public MarkupName(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A name is not empty.", nameof(name));
        }

        Name = name;
        OpenTag = "<" + name;
        CloseTag = "</" + name + ">";
        AttributeStart = " " + name + "=\"";
        Utf8OpenTag = Encoding.UTF8.GetBytes(OpenTag);
        Utf8CloseTag = Encoding.UTF8.GetBytes(CloseTag);
        Utf8AttributeStart = Encoding.UTF8.GetBytes(AttributeStart);
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    internal string OpenTag { get; }

    internal string CloseTag { get; }

    internal string AttributeStart { get; }

    internal byte[] Utf8OpenTag { get; }

    internal byte[] Utf8CloseTag { get; }

    internal byte[] Utf8AttributeStart { get; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
