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
        w.Line($"/// <summary>The rules of every {ns.Dialect} element, for parsing.</summary>");
        w.Open($"internal static readonly {Markup}.MarkupGrammar Grammar = new {Markup}.MarkupGrammar(new {Markup}.ElementRule[]");
        bool json = ns.DocumentBase == Dialect.SwmlDocument;
        foreach (ElementModel element in ns.Elements)
        {
            w.Line($"new {Markup}.ElementRule(");
            w.Line($"    \"{element.Key}\",");
            w.Line($"    \"{element.XmlName}\",");
            w.Line($"    {Bool(element.HasText)},");
            w.Line($"    {Bool(element.AnyAttributes)},");
            w.Line($"    {element.MinChildren},");
            w.Line($"    {Bool(element.Mixed)},");
            w.Line($"    new {Markup}.AttributeRule[]");
            w.Line("    {");
            foreach (AttributeModel attribute in element.Attributes)
            {
                w.Line($"        new {Markup}.AttributeRule(\"{attribute.XmlName}\", {Bool(attribute.Required)}, static value => {BuilderEmitter.Check(BuilderEmitter.Quote(element.XmlName), attribute, "value", valueIsText: true)}, {Bool(attribute.Kind == AttributeKind.List)}{KnownValues(ns, attribute)}{(!json ? string.Empty : element.ValueIsJson && attribute.XmlName == element.ValueAttribute ? $", Json: {Markup}.MarkupJsonType.Any" : JsonType(attribute))}),");
            }

            w.Line("    },");
            w.Line($"    new {Markup}.ChildRule[]");
            w.Line("    {");
            foreach (ChildModel child in element.Children)
            {
                string max = child.MaxOccurs == int.MaxValue ? "int.MaxValue" : child.MaxOccurs.ToString(CultureInfo.InvariantCulture);
                w.Line($"        new {Markup}.ChildRule(\"{elements[child.ElementKey].XmlName}\", \"{child.ElementKey}\", {child.MinOccurs}, {max}),");
            }

            w.Line(json ? $"    }}{JsonShape(element)})," : "    }),");
        }

        w.Close(");");
        w.Line();
    }

    // The documented values of an open enumerated attribute (or of each item of a list of them): others read, with a warning.
    private static string KnownValues(DialectModel ns, AttributeModel attribute)
    {
        AttributeModel values = attribute.Item ?? attribute;
        if (values.Kind != AttributeKind.Enumerated || ns.ValueTypes.FirstOrDefault(t => t.Name == values.ValueType) is not { Members.Count: > 0 } type)
        {
            return string.Empty;
        }

        return $", new[] {{ {string.Join(", ", type.Members.Select(m => Naming.Literal(m.Value)))} }}";
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
