using System.Collections.Generic;
using System.Linq;

namespace MarkupDsl.Generator.Model;

/// <summary>
/// What a dialect's grammar says of its elements and attributes beyond what the model states outright, decided once
/// here: <c>GrammarEmitter</c> writes it as code into the builds, <c>markupdsl lint --schemas</c> builds it as objects
/// from users' schemas, and the two cannot drift apart.
/// </summary>
internal static class GrammarRules
{
    /// <summary>Whether the dialect's grammar carries the JSON shape of its documents (SWML's do).</summary>
    public static bool IsJson(DialectModel ns) => ns.DocumentBase == Dialect.SwmlDocument;

    /// <summary>The JSON type of an attribute in a SWML document, from its schema type.</summary>
    public static JsonValueType JsonType(ElementModel element, AttributeModel attribute) => attribute.Kind switch
    {
        _ when element.ValueIsJson && attribute.XmlName == element.ValueAttribute => JsonValueType.Any,
        AttributeKind.Boolean => JsonValueType.Boolean,
        AttributeKind.Integer or AttributeKind.Decimal => JsonValueType.Number,
        AttributeKind.List => JsonValueType.Array,
        _ => JsonValueType.String,
    };

    /// <summary>Whether the attribute is a space-separated list (<c>xs:list</c>).</summary>
    public static bool IsList(AttributeModel attribute) => attribute.Kind == AttributeKind.List;

    /// <summary>
    /// The documented values of an open enumerated attribute, or of each item of a list of them: others are read with
    /// a warning. Null when the attribute has none to document.
    /// </summary>
    public static IReadOnlyList<string>? KnownValues(DialectModel ns, AttributeModel attribute)
    {
        AttributeModel values = attribute.Item ?? attribute;
        return values.Kind == AttributeKind.Enumerated && ns.ValueTypes.FirstOrDefault(t => t.Name == values.ValueType) is { Members.Count: > 0 } type
            ? type.Members.Select(m => m.Value).ToList()
            : null;
    }

    /// <summary>The JSON shape of an element: what a SWML grammar says of it; nothing for an XML dialect.</summary>
    public static JsonShape ShapeOf(DialectModel ns, ElementModel element) => IsJson(ns)
        ? new JsonShape(element.ValueAttribute, element.JsonMap, element.Json == "methods", element.Json == "items", element.Json == "keyed-methods")
        : default;

    /// <summary>The children an element's content model allows, by name and key, with their bounds.</summary>
    public static IEnumerable<ChildShape> Children(ElementModel element, IReadOnlyDictionary<string, ElementModel> elements) =>
        element.Children.Select(c => new ChildShape(elements[c.ElementKey].XmlName, c.ElementKey, c.MinOccurs, c.MaxOccurs));

    /// <summary>In a consumer's build, the elements its schemas declare (the library's are in the library's grammar).</summary>
    public static IEnumerable<ElementModel> OwnElements(DialectModel ns) => ns.Elements.Where(e => !e.IsLibrary);

    /// <summary>
    /// In a consumer's build, each own element as a child of the library elements its schema names as parents
    /// (<c>mdsl:parents</c>): optional and repeatable there, since the library's content models do not count it.
    /// </summary>
    public static IEnumerable<(string ParentKey, ChildShape Child)> AttachedChildren(DialectModel ns) =>
        OwnElements(ns).SelectMany(e => e.Parents, (e, p) => (p.ElementKey, new ChildShape(e.XmlName, e.Key, 0, ChildShape.Unbounded)));
}

/// <summary>The JSON type of an attribute's value in a SWML document; the names are those of <c>MarkupDsl.Markup.MarkupJsonType</c>.</summary>
internal enum JsonValueType
{
    String,
    Boolean,
    Number,
    Array,
    Any,
}

/// <summary>SWML: the attribute whose bare value stands for the element, and how its children and map are written.</summary>
internal readonly record struct JsonShape(string? ValueAttribute, bool JsonMap, bool Methods, bool Items, bool Keyed);

/// <summary>A child an element allows: its name, its declaration's key and how often it may occur.</summary>
internal readonly record struct ChildShape(string Name, string Key, int MinOccurs, int MaxOccurs)
{
    /// <summary><c>maxOccurs="unbounded"</c>.</summary>
    public const int Unbounded = int.MaxValue;
}
