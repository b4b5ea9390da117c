using System;
using System.Collections.Generic;

namespace MarkupDsl.Markup;

/// <summary>
/// One element of a markup document: the tree that the generated builders build and the writers write.
/// </summary>
/// <remarks>
/// Builders and readers check names and values before they reach this type; it stores what it is given in order.
/// Two elements are equal when their names, text (null and empty alike), attributes (in any order) and children
/// (in order) are equal.
/// </remarks>
public sealed class MarkupElement : IEquatable<MarkupElement>
{
    private List<MarkupAttribute>? _attributes;
    private List<MarkupElement>? _children;

    /// <summary>Creates an element with no attributes, children or text.</summary>
    /// <param name="name">The element name, for example <c>Stream</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public MarkupElement(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("An element needs a name.", nameof(name));
        }

        Name = name;
    }

    /// <summary>The element name.</summary>
    public string Name { get; }

    /// <summary>The attributes in the order they were set.</summary>
    public IReadOnlyList<MarkupAttribute> Attributes => (IReadOnlyList<MarkupAttribute>?)_attributes ?? Array.Empty<MarkupAttribute>();

    /// <summary>The child elements in document order.</summary>
    public IReadOnlyList<MarkupElement> Children => (IReadOnlyList<MarkupElement>?)_children ?? Array.Empty<MarkupElement>();

    /// <summary>The text content, or <see langword="null"/> for an element without text.</summary>
    public string? Text { get; set; }

    /// <summary>Sets an attribute, replacing an earlier value of the same name.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The unescaped value.</param>
    public void SetAttribute(string name, string value)
    {
        _attributes ??= new List<MarkupAttribute>();
        for (int i = 0; i < _attributes.Count; i++)
        {
            if (string.Equals(_attributes[i].Name, name, StringComparison.Ordinal))
            {
                _attributes[i] = new MarkupAttribute(name, value);
                return;
            }
        }

        _attributes.Add(new MarkupAttribute(name, value));
    }

    /// <summary>Returns the value of an attribute, or <see langword="null"/> when it is not set.</summary>
    /// <param name="name">The attribute name, compared ordinally.</param>
    public string? GetAttribute(string name)
    {
        for (int i = 0; i < Attributes.Count; i++)
        {
            if (string.Equals(Attributes[i].Name, name, StringComparison.Ordinal))
            {
                return Attributes[i].Value;
            }
        }

        return null;
    }

    /// <summary>Appends a child element.</summary>
    /// <param name="child">The element to append.</param>
    /// <exception cref="ArgumentNullException"><paramref name="child"/> is null.</exception>
    public void Add(MarkupElement child)
    {
        ArgumentNullException.ThrowIfNull(child);
        (_children ??= new List<MarkupElement>()).Add(child);
    }

    /// <inheritdoc/>
    public bool Equals(MarkupElement? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null
            || !string.Equals(Name, other.Name, StringComparison.Ordinal)
            || !string.Equals(Text ?? string.Empty, other.Text ?? string.Empty, StringComparison.Ordinal)
            || Attributes.Count != other.Attributes.Count
            || Children.Count != other.Children.Count)
        {
            return false;
        }

        for (int i = 0; i < Attributes.Count; i++)
        {
            if (!string.Equals(other.GetAttribute(Attributes[i].Name), Attributes[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (int i = 0; i < Children.Count; i++)
        {
            if (!Children[i].Equals(other.Children[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MarkupElement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Attributes.Count, Children.Count);

    /// <summary>Counts the children with the given name.</summary>
    /// <param name="name">The element name, compared ordinally.</param>
    public int CountChildren(string name)
    {
        int count = 0;
        for (int i = 0; i < Children.Count; i++)
        {
            if (string.Equals(Children[i].Name, name, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }
}
