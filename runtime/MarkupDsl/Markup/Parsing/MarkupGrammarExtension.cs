using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace MarkupDsl.Markup;

/// <summary>
/// What a consumer's schemas add to one of the library's dialect grammars (<see cref="MarkupGrammar.Extend"/>): new
/// element declarations, and attributes and child elements attached to the library's elements, so that <c>Parse</c>,
/// <c>Load</c> and <c>Validate</c> accept what the consumer's builders write.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarkupGrammarExtension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="elements">The consumer's element declarations, keyed as in the grammar.</param>
    /// <param name="attributes">Attributes to add, each with the key of the element it goes on.</param>
    /// <param name="children">Child elements to allow, each with the key of the element that may hold it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MarkupGrammarExtension(IEnumerable<ElementRule> elements, IEnumerable<KeyValuePair<string, AttributeRule>> attributes, IEnumerable<KeyValuePair<string, ChildRule>> children)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(children);
        Elements = elements.ToArray();
        Attributes = attributes.ToArray();
        Children = children.ToArray();
    }

    /// <summary>The consumer's element declarations.</summary>
    public IReadOnlyList<ElementRule> Elements { get; }

    /// <summary>Attributes added to existing elements, by the element's key.</summary>
    public IReadOnlyList<KeyValuePair<string, AttributeRule>> Attributes { get; }

    /// <summary>Children allowed in existing elements, by the parent's key.</summary>
    public IReadOnlyList<KeyValuePair<string, ChildRule>> Children { get; }
}
