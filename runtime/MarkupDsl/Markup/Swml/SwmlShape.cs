using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MarkupDsl.Markup;

/// <summary>
/// Walks an SWML element tree in the JSON shape SignalWire reads, typed by the dialect's grammar, so that the JSON and
/// YAML writers share every decision: <c>{"version": "1.0.0", "sections": {"main": [...], "name": [...]}}</c>, each
/// method <c>{"method": value}</c>.
/// </summary>
/// <remarks>
/// A method's value is the bare value of its <see cref="ElementRule.ValueAttribute"/> when that is all it holds
/// (<c>sleep: 1000</c>), its text when it is a text-only element, and otherwise an object: attributes typed by
/// <see cref="AttributeRule.Json"/>, a child that may repeat (<c>maxOccurs</c> above 1) as an array, any other child as
/// a property. Elements and attributes outside the grammar (custom ones) are written as objects and strings.
/// </remarks>
internal static partial class SwmlShape
{
    public static void Write(ISwmlSink sink, MarkupElement root, MarkupGrammar grammar, string rootKey)
    {
        ElementRule rule = grammar[rootKey];
        sink.StartObject();
        sink.Key("version");
        sink.Scalar(SwmlMarkupDocument.Version, literal: false);
        sink.Key("sections");
        sink.StartObject();
        sink.Key(rule.Name);
        WriteMethods(sink, root, rule, grammar);
        foreach (MarkupElement child in root.Children.AsSpan())
        {
            if (SwmlMarkupDocument.IsSection(child))
            {
                sink.Key(child.GetAttribute(SwmlMarkupDocument.SectionNameAttribute)!);
                WriteMethods(sink, child, rule, grammar);
            }
        }

        sink.EndObject();
        sink.EndObject();
    }

    // A section: its methods in order, each a one-key object; the named sections the root holds are written apart.
    private static void WriteMethods(ISwmlSink sink, MarkupElement list, ElementRule rule, MarkupGrammar grammar)
    {
        sink.StartArray();
        foreach (MarkupElement method in list.Children.AsSpan())
        {
            if (!SwmlMarkupDocument.IsSection(method))
            {
                sink.StartObject();
                sink.Key(method.Name);
                WriteValue(sink, method, ChildRule(rule, method.Name, grammar), grammar);
                sink.EndObject();
            }
        }

        sink.EndArray();
    }

    private static void WriteValue(ISwmlSink sink, MarkupElement element, ElementRule? rule, MarkupGrammar grammar)
    {
        MarkupList<MarkupAttribute> attributes = element.Attributes;
        MarkupList<MarkupElement> children = element.Children;
        if (rule is { Methods: true })
        {
            WriteMethods(sink, element, rule, grammar);
            return;
        }

        if (ItemRule(rule, grammar) is { } itemRule && attributes.Count == 0)
        {
            sink.StartArray();
            foreach (MarkupElement item in children.AsSpan())
            {
                WriteValue(sink, item, item.Name == itemRule.Name ? itemRule : null, grammar);
            }

            sink.EndArray();
            return;
        }

        if (rule?.ValueAttribute is { } valueName && children.Count == 0 && attributes.Count == 1 && attributes[0].Name == valueName)
        {
            WriteAttribute(sink, attributes[0].Value, AttributeRule(rule, valueName), jsonMap: false);
            return;
        }

        if (rule is { HasText: true } && attributes.Count == 0 && children.Count == 0)
        {
            sink.Scalar(element.Text ?? string.Empty, literal: false);
            return;
        }

        sink.StartObject();
        foreach (MarkupAttribute attribute in attributes.AsSpan())
        {
            sink.Key(attribute.Name);
            WriteAttribute(sink, attribute.Value, rule is null ? null : AttributeRule(rule, attribute.Name), rule?.JsonMap == true);
        }

        for (int i = 0; i < children.Count; i++)
        {
            string name = children[i].Name;
            if (FirstIndexOf(children, name) < i)
            {
                continue; // written in the array of the first child of its name
            }

            ChildRule? childRule = rule is null ? null : Array.Find(rule.Children, c => c.Name == name);
            ElementRule? elementRule = childRule is null ? null : grammar[childRule.Key];
            sink.Key(name);
            if (elementRule is { Keyed: true })
            {
                WriteKeyed(sink, children, i, elementRule, grammar);
                continue;
            }

            if (childRule is not { MaxOccurs: > 1 })
            {
                WriteValue(sink, children[i], elementRule, grammar);
                continue;
            }

            sink.StartArray();
            for (int j = i; j < children.Count; j++)
            {
                if (children[j].Name == name)
                {
                    WriteValue(sink, children[j], elementRule, grammar);
                }
            }

            sink.EndArray();
        }

        sink.EndObject();
    }

    // A map whose values are method lists (switch's case): every entry of this name, keyed by its first attribute.
    private static void WriteKeyed(ISwmlSink sink, MarkupList<MarkupElement> children, int first, ElementRule rule, MarkupGrammar grammar)
    {
        string keyName = rule.Attributes[0].Name;
        sink.StartObject();
        for (int j = first; j < children.Count; j++)
        {
            if (children[j].Name == rule.Name)
            {
                sink.Key(children[j].GetAttribute(keyName) ?? string.Empty);
                WriteMethods(sink, children[j], rule, grammar);
            }
        }

        sink.EndObject();
    }

    private static void WriteAttribute(ISwmlSink sink, string value, AttributeRule? rule, bool jsonMap)
    {
        switch (rule?.Json)
        {
            case MarkupJsonType.Boolean:
                sink.Scalar(value is "true" or "1" ? "true" : "false", literal: true);
                break;
            case MarkupJsonType.Number:
                sink.Scalar(value, literal: true);
                break;
            case MarkupJsonType.Array:
                sink.StartArray();
                foreach (string item in MarkupValidation.ListItems(value))
                {
                    sink.Scalar(item, literal: false);
                }

                sink.EndArray();
                break;
            case MarkupJsonType.Any:
                WriteJsonText(sink, value);
                break;
            case null when jsonMap:
                WriteJsonText(sink, value);
                break;
            default:
                sink.Scalar(value, literal: false);
                break;
        }
    }

    // Text that is JSON as that JSON; any other text as a string.
    private static void WriteJsonText(ISwmlSink sink, string value)
    {
        if (IsJsonStructure(value, out JsonDocument? document))
        {
            using (document)
            {
                WriteJson(sink, document.RootElement);
            }
        }
        else
        {
            sink.Scalar(value, literal: IsJsonLiteral(value));
        }
    }

    /// <summary>The rule of a child element, or null for one the grammar does not declare there.</summary>
    internal static ElementRule? ChildRule(ElementRule parent, string name, MarkupGrammar grammar) =>
        Array.Find(parent.Children, c => c.Name == name) is { } child ? grammar[child.Key] : null;

    /// <summary>The rule of the one child whose values an element is written as the array of, or null.</summary>
    internal static ElementRule? ItemRule(ElementRule? rule, MarkupGrammar grammar) =>
        rule is { Children.Length: 1 } && grammar[rule.Children[0].Key] is { Items: true } item ? item : null;

    internal static AttributeRule? AttributeRule(ElementRule rule, string name) => Array.Find(rule.Attributes, a => a.Name == name);

    /// <summary>Whether text is a JSON number, <c>true</c>, <c>false</c> or <c>null</c>, which a map of JSON values writes bare.</summary>
    internal static bool IsJsonLiteral(string value) => value is "true" or "false" or "null" || JsonNumber().IsMatch(value);

    /// <summary>Whether text is JSON that a value of any JSON type is written as (a literal, array, object or quoted string), not as a string.</summary>
    internal static bool IsJsonText(string value)
    {
        if (IsJsonLiteral(value))
        {
            return true;
        }

        bool structure = IsJsonStructure(value, out JsonDocument? document);
        document?.Dispose();
        return structure;
    }

    // A JSON array, object or quoted string, which a map of JSON values writes as such (`set: {items: [a, b]}`).
    private static bool IsJsonStructure(string value, [NotNullWhen(true)] out JsonDocument? document)
    {
        document = null;
        if (value.Length < 2 || (value[0] != '[' && value[0] != '{' && value[0] != '"'))
        {
            return false;
        }

        try
        {
            document = JsonDocument.Parse(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void WriteJson(ISwmlSink sink, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                sink.StartObject();
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    sink.Key(property.Name);
                    WriteJson(sink, property.Value);
                }

                sink.EndObject();
                break;
            case JsonValueKind.Array:
                sink.StartArray();
                foreach (JsonElement item in element.EnumerateArray())
                {
                    WriteJson(sink, item);
                }

                sink.EndArray();
                break;
            case JsonValueKind.String:
                sink.Scalar(element.GetString()!, literal: false);
                break;
            default:
                sink.Scalar(element.GetRawText(), literal: true);
                break;
        }
    }

    private static int FirstIndexOf(MarkupList<MarkupElement> children, string name)
    {
        for (int i = 0; ; i++)
        {
            if (children[i].Name == name)
            {
                return i;
            }
        }
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();
}
