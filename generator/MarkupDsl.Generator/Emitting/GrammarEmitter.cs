using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MarkupDsl.Generator.Model;

namespace MarkupDsl.Generator.Emitting;

/// <summary>
/// Emits a dialect's grammar: the element, attribute and child rules that parsing checks a document against, made
/// from the same model as the builders so that what a builder refuses, parsing reports.
/// </summary>
internal static class GrammarEmitter
{
    private const string Markup = "global::MarkupDsl.Markup";

    public static void Emit(SourceWriter w, DialectModel ns, Dictionary<string, ElementModel> elements)
    {
        if (ns.LibraryFactoryClass is { } library)
        {
            EmitExtension(w, ns, elements, library);
            return;
        }

        w.Template($$"""
            /// <summary>The rules of every {{ns.Dialect}} element, for parsing; consumers' schemas extend it.</summary>
            public static readonly {{Markup}}.MarkupGrammar Grammar = new {{Markup}}.MarkupGrammar(new {{Markup}}.ElementRule[]
            {
                {{SourceWriter.Lines(ns.Elements, e => Rule(ns, e, elements))}}
            });

            """);
    }

    // A consumer's build: its own rules, and the attributes and children it attaches to the library's elements, added
    // to the library's grammar when the consumer's assembly loads, so that the library's document classes read them.
    private static void EmitExtension(SourceWriter w, DialectModel ns, Dictionary<string, ElementModel> elements, string library)
    {
        List<ElementModel> own = ns.Elements.Where(e => !e.IsLibrary).ToList();
        w.Template($$"""
            /// <summary>The {{ns.Dialect}} grammar, with what this project's schemas declare once <see cref="ExtendGrammar"/> has run.</summary>
            internal static {{Markup}}.MarkupGrammar Grammar => {{library}}.Grammar;

            /// <summary>What this project's schemas add to the {{ns.Dialect}} grammar.</summary>
            internal static readonly {{Markup}}.MarkupGrammarExtension GrammarExtension = new {{Markup}}.MarkupGrammarExtension(
                elements: new {{Markup}}.ElementRule[]
            {
                {{SourceWriter.Lines(own, e => Rule(ns, e, elements))}}
            },
                attributes: new global::System.Collections.Generic.KeyValuePair<string, {{Markup}}.AttributeRule>[]
            {
                {{SourceWriter.Lines(ns.AttributeExtensions, x => AttributeExtension(ns, elements[x.Parent.ElementKey], x.Attribute))}}
            },
                children: new global::System.Collections.Generic.KeyValuePair<string, {{Markup}}.ChildRule>[]
            {
                {{SourceWriter.Lines(own.SelectMany(e => e.Parents, (e, p) => (Element: e, Parent: p)), x => ChildExtension(x.Element, x.Parent))}}
            });

            /// <summary>Extends the library's {{ns.Dialect}} grammar when this assembly loads, before any of its code runs, so that <c>Parse</c>, <c>Load</c> and <c>Validate</c> accept what this project's schemas declare.</summary>
            [global::System.Runtime.CompilerServices.ModuleInitializer]
            internal static void ExtendGrammar() => {{library}}.Grammar.Extend(GrammarExtension);

            """);
    }

    private static string AttributeExtension(DialectModel ns, ElementModel parent, AttributeModel attribute) =>
        $"new global::System.Collections.Generic.KeyValuePair<string, {Markup}.AttributeRule>({Naming.Literal(parent.Key)}, {AttributeRule(ns, parent, attribute)}),";

    private static string ChildExtension(ElementModel element, ParentModel parent) =>
        $"new global::System.Collections.Generic.KeyValuePair<string, {Markup}.ChildRule>({Naming.Literal(parent.ElementKey)}, {ChildRule(element.XmlName, element.Key, 0, "int.MaxValue")}),";

    private static string Rule(DialectModel ns, ElementModel element, Dictionary<string, ElementModel> elements) => SourceWriter.Fill($$"""
        new {{Markup}}.ElementRule(
            Key: {{Naming.Literal(element.Key)}},
            Name: {{Naming.Literal(element.XmlName)}},
            HasText: {{Bool(element.HasText)}},
            AnyAttributes: {{Bool(element.AnyAttributes)}},
            MinChildren: {{element.MinChildren}},
            Mixed: {{Bool(element.Mixed)}},
            Attributes: new {{Markup}}.AttributeRule[]
            {
                {{SourceWriter.Lines(element.Attributes, a => AttributeRule(ns, element, a) + ",")}}
            },
            Children: new {{Markup}}.ChildRule[]
            {
                {{SourceWriter.Lines(element.Children, c => ChildRule(elements[c.ElementKey].XmlName, c.ElementKey, c.MinOccurs, Max(c)) + ",")}}
            }{{(ns.DocumentBase == Dialect.SwmlDocument ? JsonShape(element) : string.Empty)}}),
        """);

    private static string Max(ChildModel child) =>
        child.MaxOccurs == int.MaxValue ? "int.MaxValue" : child.MaxOccurs.ToString(CultureInfo.InvariantCulture);

    private static string AttributeRule(DialectModel ns, ElementModel element, AttributeModel attribute)
    {
        string json = ns.DocumentBase != Dialect.SwmlDocument ? string.Empty
            : element.ValueIsJson && attribute.XmlName == element.ValueAttribute ? $", Json: {Markup}.MarkupJsonType.Any"
            : JsonType(attribute);
        return $"new {Markup}.AttributeRule(Name: {Naming.Literal(attribute.XmlName)}, Required: {Bool(attribute.Required)}, Check: static value => {BuilderEmitter.Check(BuilderEmitter.Quote(element.XmlName), attribute, "value", valueIsText: true)}, IsList: {Bool(attribute.Kind == AttributeKind.List)}{KnownValues(ns, attribute)}{json})";
    }

    private static string ChildRule(string name, string key, int minOccurs, string maxOccurs) =>
        $"new {Markup}.ChildRule(Name: {Naming.Literal(name)}, Key: {Naming.Literal(key)}, MinOccurs: {minOccurs}, MaxOccurs: {maxOccurs})";

    // The documented values of an open enumerated attribute (or of each item of a list of them): others read, with a warning.
    private static string KnownValues(DialectModel ns, AttributeModel attribute)
    {
        AttributeModel values = attribute.Item ?? attribute;
        if (values.Kind != AttributeKind.Enumerated || ns.ValueTypes.FirstOrDefault(t => t.Name == values.ValueType) is not { Members.Count: > 0 } type)
        {
            return string.Empty;
        }

        return $", KnownValues: new[] {{ {string.Join(", ", type.Members.Select(m => Naming.Literal(m.Value)))} }}";
    }

    // SWML's JSON type of an attribute, from its schema type; strings are the rule's default.
    private static string JsonType(AttributeModel attribute) => attribute.Kind switch
    {
        AttributeKind.Boolean => $", Json: {Markup}.MarkupJsonType.Boolean",
        AttributeKind.Integer or AttributeKind.Decimal => $", Json: {Markup}.MarkupJsonType.Number",
        AttributeKind.List => $", Json: {Markup}.MarkupJsonType.Array",
        _ => string.Empty,
    };

    // SWML's bare-value attribute and scalar map of an element, where it has them.
    private static string JsonShape(ElementModel element) =>
        (element.ValueAttribute is { } value ? $", ValueAttribute: {Naming.Literal(value)}" : string.Empty)
        + (element.JsonMap ? ", JsonMap: true" : string.Empty)
        + (element.Json == "methods" ? ", Methods: true" : string.Empty)
        + (element.Json == "items" ? ", Items: true" : string.Empty)
        + (element.Json == "keyed-methods" ? ", Keyed: true" : string.Empty);

    private static string Bool(bool value) => value ? "true" : "false";
}
