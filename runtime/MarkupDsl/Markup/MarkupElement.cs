using System;

namespace MarkupDsl.Markup;

/// <summary>
/// One element of a markup document: the tree that the generated builders build and the writers write.
/// </summary>
/// <remarks>
/// Builders and readers check names and values before they reach this type; it stores what it is given in order.
/// Mixed content (text between child elements, as in <c>&lt;Say&gt;</c> with SSML) is held canonically: text before
/// the first child element is <see cref="Text"/>, and each later run of text is one text node
/// (<see cref="IsText"/>) among <see cref="Children"/>, so that builders and readers make equal trees for equal markup.
/// Two elements are equal when their names, text (null and empty alike), attributes (in any order) and children
/// (in order) are equal.
/// </remarks>
public sealed class MarkupElement : IEquatable<MarkupElement>
{
    // Arrays with counts rather than List<T>: one object less for each, and most elements hold one or two.
    private const int InitialCapacity = 2;

    // A text node's name: its own instance, so that no element named "#text" by a caller is taken for one.
    private static readonly MarkupName TextNode = new(TextNodeName);

    // The name as a string, or the MarkupName a generated builder gave (which holds it): one field, not two.
    private readonly object _name;
    private MarkupAttribute[]? _attributes;
    private int _attributeCount;
    private MarkupElement[]? _children;
    private int _childCount;

    /// <summary>Creates an element with no attributes, children or text.</summary>
    /// <param name="name">The element name, for example <c>Stream</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    public MarkupElement(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("An element needs a name.", nameof(name));
        }

        _name = name;
    }

    /// <summary>Creates an element whose tags are rendered beforehand (generated builders use this).</summary>
    /// <param name="name">The element name with its tags.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public MarkupElement(MarkupName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _name = name;
    }

    // A text node: named as DOM names text nodes, which no XML element can be.
    private MarkupElement(string text, bool isText)
    {
        _name = TextNode;
        Text = text;
    }

    /// <summary>The <see cref="Name"/> of a text node.</summary>
    public const string TextNodeName = "#text";

    /// <summary>The element name, or <see cref="TextNodeName"/> for a text node.</summary>
    public string Name => _name as string ?? ((MarkupName)_name).Name;

    /// <summary>Whether this is a run of text between child elements of mixed content; its <see cref="Text"/> is the text.</summary>
    public bool IsText => ReferenceEquals(_name, TextNode);

    /// <summary>The pre-rendered tags of a generated element, or null (an element read from a document); writers write a text node as text before asking.</summary>
    internal MarkupName? Tags => _name as MarkupName;

    /// <summary>The attributes in the order they were set.</summary>
    public MarkupList<MarkupAttribute> Attributes => new(_attributes, _attributeCount);

    /// <summary>The child elements in document order.</summary>
    public MarkupList<MarkupElement> Children => new(_children, _childCount);

    /// <summary>The text content, or <see langword="null"/> for an element without text.</summary>
    public string? Text { get; set; }

    /// <summary>Sets an attribute, replacing an earlier value of the same name.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The unescaped value.</param>
    public void SetAttribute(string name, string value) => Set(new MarkupAttribute(name, value));

    /// <summary>Sets an attribute whose name is rendered beforehand (generated builders use this), replacing an earlier value of the same name.</summary>
    /// <param name="name">The attribute name with its rendering.</param>
    /// <param name="value">The unescaped value.</param>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public void SetAttribute(MarkupName name, string value) => Set(new MarkupAttribute(name, value));

    private void Set(MarkupAttribute attribute)
    {
        for (int i = 0; i < _attributeCount; i++)
        {
            if (string.Equals(_attributes![i].Name, attribute.Name, StringComparison.Ordinal))
            {
                _attributes[i] = attribute;
                return;
            }
        }

        Append(ref _attributes, ref _attributeCount, attribute);
    }

    /// <summary>Returns the value of an attribute, or <see langword="null"/> when it is not set.</summary>
    /// <param name="name">The attribute name, compared ordinally.</param>
    public string? GetAttribute(string name)
    {
        foreach (MarkupAttribute attribute in Attributes.AsSpan())
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute.Value;
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
        Append(ref _children, ref _childCount, child);
    }

    /// <summary>Appends text after the current content: to <see cref="Text"/> while the element has no child elements, else to a text node after them (joined with one that ends the content).</summary>
    /// <param name="text">The unescaped text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">This is a text node.</exception>
    public void AddText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsText)
        {
            throw new InvalidOperationException("A text node holds no content.");
        }

        if (text.Length == 0)
        {
            return;
        }

        if (_childCount == 0)
        {
            Text += text;
        }
        else if (_children![_childCount - 1] is { IsText: true } last)
        {
            last.Text += text;
        }
        else
        {
            Append(ref _children, ref _childCount, new MarkupElement(text, isText: true));
        }
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
        foreach (MarkupElement child in Children.AsSpan())
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    private static void Append<T>(ref T[]? items, ref int count, T item)
    {
        if (items is null)
        {
            items = new T[InitialCapacity];
        }
        else if (count == items.Length)
        {
            Array.Resize(ref items, count * 2);
        }

        items[count++] = item;
    }
}
