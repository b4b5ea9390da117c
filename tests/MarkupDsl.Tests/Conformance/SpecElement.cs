using System.Collections.Generic;

namespace MarkupDsl.Tests.Conformance;

/// <summary>Which builder overload writes an element.</summary>
internal enum ElementForm
{
    /// <summary>The <c>string text</c> overload (the twilio-csharp constructor's text parameter).</summary>
    Text,

    /// <summary>The <c>content</c> callback (twilio-csharp: <c>Append</c> and <c>AddText</c>).</summary>
    Content,

    /// <summary>An element with neither text nor children.</summary>
    Plain,
}

/// <summary>
/// A generated element, independent of either library, that both render: its attribute values as the XML holds them,
/// its text, and its content (strings and elements, in order).
/// </summary>
internal sealed class SpecElement(ElementNode node, ChildEdge? edge, ElementForm form)
{
    public ElementNode Node { get; } = node;

    /// <summary>How the parent reaches it; null for the document element.</summary>
    public ChildEdge? Edge { get; } = edge;

    public ElementForm Form { get; } = form;

    public string? Text { get; set; }

    public List<(AttributePair Pair, string Value)> Attributes { get; } = [];

    /// <summary>Child elements (<see cref="SpecElement"/>) and text (<see cref="string"/>) in document order.</summary>
    public List<object> Content { get; } = [];

    /// <summary>This element and every element under it.</summary>
    public IEnumerable<SpecElement> DescendantsAndSelf()
    {
        yield return this;
        foreach (object item in Content)
        {
            if (item is SpecElement child)
            {
                foreach (SpecElement descendant in child.DescendantsAndSelf())
                {
                    yield return descendant;
                }
            }
        }
    }
}
