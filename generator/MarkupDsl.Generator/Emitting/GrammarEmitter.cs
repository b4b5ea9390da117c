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
        List<ElementModel> own = GrammarRules.OwnElements(ns).ToList();
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
                {{SourceWriter.Lines(GrammarRules.AttachedChildren(ns), x => ChildExtension(x.ParentKey, x.Child))}}
            });

            /// <summary>Extends the library's {{ns.Dialect}} grammar when this assembly loads, before any of its code runs, so that <c>Parse</c>, <c>Load</c> and <c>Validate</c> accept what this project's schemas declare.</summary>
            [global::System.Runtime.CompilerServices.ModuleInitializer]
            internal static void ExtendGrammar() => {{library}}.Grammar.Extend(GrammarExtension);

            """);
    }

    private static string AttributeExtension(DialectModel ns, ElementModel parent, AttributeModel attribute) =>
        $"new global::System.Collections.Generic.KeyValuePair<string, {Markup}.AttributeRule>({Naming.Literal(parent.Key)}, {AttributeRule(ns, parent, attribute)}),";

    private static string ChildExtension(string parentKey, ChildShape child) =>
        $"new global::System.Collections.Generic.KeyValuePair<string, {Markup}.ChildRule>({Naming.Literal(parentKey)}, {ChildRule(child)}),";

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
                {{SourceWriter.Lines(GrammarRules.Children(element, elements), c => ChildRule(c) + ",")}}
            }{{JsonShape(GrammarRules.ShapeOf(ns, element))}}),
        """);

    private static string AttributeRule(DialectModel ns, ElementModel element, AttributeModel attribute)
    {
        // Strings are the rule's default JSON type, and an XML dialect's rules have none.
        JsonValueType json = GrammarRules.IsJson(ns) ? GrammarRules.JsonType(element, attribute) : JsonValueType.String;
        string known = GrammarRules.KnownValues(ns, attribute) is { } values
            ? $", KnownValues: new[] {{ {string.Join(", ", values.Select(Naming.Literal))} }}"
            : string.Empty;
        return $"new {Markup}.AttributeRule(Name: {Naming.Literal(attribute.XmlName)}, Required: {Bool(attribute.Required)}, Check: static value => {BuilderEmitter.Check(BuilderEmitter.Quote(element.XmlName), attribute, "value", valueIsText: true)}, IsList: {Bool(GrammarRules.IsList(attribute))}{known}"
            + (json == JsonValueType.String ? ")" : $", Json: {Markup}.MarkupJsonType.{json})");
    }

    private static string ChildRule(ChildShape child) =>
        $"new {Markup}.ChildRule(Name: {Naming.Literal(child.Name)}, Key: {Naming.Literal(child.Key)}, MinOccurs: {child.MinOccurs}, MaxOccurs: {Max(child.MaxOccurs)})";

    private static string Max(int maxOccurs) =>
        maxOccurs == ChildShape.Unbounded ? "int.MaxValue" : maxOccurs.ToString(CultureInfo.InvariantCulture);

    // SWML's bare-value attribute, scalar map and list shapes of an element, where it has them.
    private static string JsonShape(JsonShape shape) =>
        (shape.ValueAttribute is { } value ? $", ValueAttribute: {Naming.Literal(value)}" : string.Empty)
        + (shape.JsonMap ? ", JsonMap: true" : string.Empty)
        + (shape.Methods ? ", Methods: true" : string.Empty)
        + (shape.Items ? ", Items: true" : string.Empty)
        + (shape.Keyed ? ", Keyed: true" : string.Empty);

    private static string Bool(bool value) => value ? "true" : "false";
}
