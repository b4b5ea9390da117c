using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace MarkupDsl.Markup;

/// <summary>
/// The rules of one dialect's elements, generated from the same schemas as its builders; readers check documents
/// against it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarkupGrammar
{
    private readonly object _extending = new();

    // Replaced whole, never changed in place: a reader sees the rules before or after an extension, never half of one.
    private volatile Dictionary<string, ElementRule> _rules;

    /// <summary>Creates a grammar from its element rules.</summary>
    /// <param name="rules">One rule per element declaration, keyed by <see cref="ElementRule.Key"/>.</param>
    public MarkupGrammar(IEnumerable<ElementRule> rules) => _rules = rules.ToDictionary(r => r.Key, StringComparer.Ordinal);

    /// <summary>Returns the rule of an element declaration.</summary>
    /// <param name="key">The declaration's key.</param>
    public ElementRule this[string key] => _rules[key];

    /// <summary>
    /// Adds what a consumer's schemas declare for this dialect: their elements, and the attributes and children they
    /// attach to this grammar's elements. The code generated from those schemas calls it once, when its assembly loads.
    /// </summary>
    /// <remarks>
    /// Thread-safe: readers keep the rules they started with, and extensions registered at the same time are both kept.
    /// A rule, attribute or child that is already there under the same key or name is replaced, so that loading the
    /// same extension again changes nothing.
    /// </remarks>
    /// <param name="extension">The consumer's rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    /// <exception cref="ArgumentException">An attribute or child is attached to an element key the grammar does not have (schemas generated for another version of the library).</exception>
    public void Extend(MarkupGrammarExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        lock (_extending)
        {
            _rules = Compose(_rules, extension);
        }
    }

    /// <summary>
    /// Returns a new grammar with this one's rules and what <paramref name="extension"/> adds, leaving this one as it
    /// is (<c>markupdsl lint --schemas</c> checks documents against one without changing the library's).
    /// </summary>
    /// <param name="extension">The rules to add; what is already there under the same key or name is replaced.</param>
    /// <returns>The composed grammar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    /// <exception cref="ArgumentException">An attribute or child is attached to an element key the grammar does not have.</exception>
    public MarkupGrammar Extended(MarkupGrammarExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return new MarkupGrammar(Compose(_rules, extension).Values);
    }

    private static Dictionary<string, ElementRule> Compose(Dictionary<string, ElementRule> current, MarkupGrammarExtension extension)
    {
        var rules = new Dictionary<string, ElementRule>(current, StringComparer.Ordinal);
        foreach (ElementRule element in extension.Elements)
        {
            rules[element.Key] = element;
        }

        foreach (var (parent, attribute) in extension.Attributes)
        {
            ElementRule rule = Parent(rules, parent);
            rules[parent] = rule with { Attributes = Replace(rule.Attributes, attribute, a => a.Name == attribute.Name) };
        }

        foreach (var (parent, child) in extension.Children)
        {
            ElementRule rule = Parent(rules, parent);
            rules[parent] = rule with { Children = Replace(rule.Children, child, c => c.Name == child.Name) };
        }

        return rules;
    }

    private static ElementRule Parent(Dictionary<string, ElementRule> rules, string key) => rules.TryGetValue(key, out ElementRule? rule)
        ? rule
        : throw new ArgumentException($"The grammar has no element '{key}' to extend; the schemas were generated for another version of MarkupDsl.", "extension");

    private static T[] Replace<T>(T[] items, T item, Predicate<T> same)
    {
        int index = Array.FindIndex(items, same);
        if (index >= 0)
        {
            T[] copy = (T[])items.Clone();
            copy[index] = item;
            return copy;
        }

        return [.. items, item];
    }
}

/// <summary>What one element declaration allows.</summary>
/// <param name="Key">Unique in the dialect (a local declaration's key includes its parent's).</param>
/// <param name="Name">The element name as written.</param>
/// <param name="HasText">Text content is allowed.</param>
/// <param name="AnyAttributes">Any attribute name is allowed (a free-form map).</param>
/// <param name="MinChildren">How many child elements, of any allowed kind, are required.</param>
/// <param name="Mixed">Text may stand between the child elements (mixed content).</param>
/// <param name="Attributes">The declared attributes.</param>
/// <param name="Children">The allowed child elements.</param>
/// <param name="ValueAttribute">
/// SWML: the attribute (<c>mdsl:json="value"</c>) whose bare value stands for the whole method when it is all the method
/// holds (<c>sleep: 1000</c>, <c>label: start</c>); null when the method is always an object.
/// </param>
/// <param name="Methods">SWML: a nested list of methods (<c>mdsl:json="methods"</c>), written as main is (<c>then: [...]</c>).</param>
/// <param name="Keyed">
/// SWML: an entry of a map whose values are method lists (<c>mdsl:json="keyed-methods"</c>): every element of its name
/// is written in one object under that name, keyed by its first attribute's value (<c>case: {"+1555": [...]}</c>).
/// </param>
/// <param name="Items">SWML: its parent is written as the array of its values rather than an object (<c>cond: [...]</c>).</param>
/// <param name="JsonMap">
/// SWML: the free-form map's values are JSON (<c>mdsl:json="values"</c> on <c>xs:anyAttribute</c>): a value whose text
/// is a JSON number, <c>true</c>, <c>false</c>, <c>null</c>, array or object is written as that JSON, any other as a string.
/// </param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ElementRule(string Key, string Name, bool HasText, bool AnyAttributes, int MinChildren, bool Mixed, AttributeRule[] Attributes, ChildRule[] Children, string? ValueAttribute = null, bool JsonMap = false, bool Methods = false, bool Items = false, bool Keyed = false);

/// <summary>A declared attribute.</summary>
/// <param name="Name">The attribute name.</param>
/// <param name="Required">It must be present.</param>
/// <param name="Check">Returns the value when the schema allows it; throws <see cref="ArgumentException"/> otherwise.</param>
/// <param name="IsList">The value is a space-separated list; <paramref name="KnownValues"/> applies to each item.</param>
/// <param name="KnownValues">The values the schema enumerates for an open enumerated attribute; another value reads with a warning.</param>
/// <param name="Json">SWML: the JSON type the value is written as, from its schema type.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record AttributeRule(string Name, bool Required, Func<string, string> Check, bool IsList = false, string[]? KnownValues = null, MarkupJsonType Json = MarkupJsonType.String);

/// <summary>An allowed child element.</summary>
/// <param name="Name">The child's name as written.</param>
/// <param name="Key">The child declaration's key.</param>
/// <param name="MinOccurs">How many are required.</param>
/// <param name="MaxOccurs">How many are allowed; <see cref="int.MaxValue"/> for any number.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record ChildRule(string Name, string Key, int MinOccurs, int MaxOccurs);
