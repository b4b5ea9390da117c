using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MarkupDsl.Markup;

/// <summary>
/// Reads an SWML document, JSON or YAML, into a <see cref="MarkupElement"/> tree and checks it against the SWML
/// grammar. JSON is read as the YAML it also is (YAML 1.2 contains JSON), so one reader gives line and column for both.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SwmlMarkupReader
{
    /// <summary>Reads a document, JSON or YAML, from a string.</summary>
    /// <exception cref="MarkupParseException">The document is malformed or breaks the grammar; every problem is listed.</exception>
    public static MarkupElement Parse(string text, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Load(reader, grammar, rootKey);
    }

    /// <summary>Reads a UTF-8 document, JSON or YAML, from a stream.</summary>
    /// <exception cref="MarkupParseException">The document is malformed or breaks the grammar; every problem is listed.</exception>
    public static MarkupElement Load(Stream utf8, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var reader = new StreamReader(utf8, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        return Load(reader, grammar, rootKey);
    }

    /// <summary>Reads a document, JSON or YAML, from a text reader.</summary>
    /// <exception cref="MarkupParseException">The document is malformed or breaks the grammar; every problem is listed.</exception>
    public static MarkupElement Load(TextReader reader, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (root, problems) = Read(reader, grammar, rootKey);
        return MarkupParseException.ThrowIfErrors(root, problems);
    }

    /// <summary>Checks a document, JSON or YAML, without throwing.</summary>
    /// <returns>Every problem, errors and warnings, in document order; empty for a document with none.</returns>
    public static IReadOnlyList<MarkupError> Validate(string text, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, grammar, rootKey).Problems;
    }

    private static (MarkupElement? Root, List<MarkupError> Problems) Read(TextReader reader, MarkupGrammar grammar, string rootKey)
    {
        var errors = new List<MarkupError>();
        MarkupElement? root = null;
        var parser = new Parser(reader);
        var yaml = new YamlStream();
        try
        {
            yaml.Load(parser);
        }
        catch (YamlException exception)
        {
            errors.Add(new MarkupError((int)exception.Start.Line, (int)exception.Start.Column, exception.Message));
            return (null, errors);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's representation model throws these rather than YamlException for a few malformed documents
            // (e.g. "a:\n  - -1\n: "); the parser still knows where it stood.
            Mark at = parser.Current?.Start ?? Mark.Empty;
            errors.Add(new MarkupError(Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column), $"Malformed YAML: unexpected {parser.Current?.GetType().Name ?? "end of input"}."));
            return (null, errors);
        }

        if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode document)
        {
            errors.Add(new MarkupError(1, 1, "An SWML document is one mapping with 'version' and 'sections'."));
        }
        else
        {
            root = ReadDocument(document, grammar, rootKey, errors);
        }

        return (root, errors);
    }

    private static MarkupElement? ReadDocument(YamlMappingNode document, MarkupGrammar grammar, string rootKey, List<MarkupError> errors)
    {
        ElementRule rule = grammar[rootKey];
        MarkupElement? main = null;
        var sections = new List<MarkupElement>();
        bool hasSections = false;
        foreach (var (key, value) in document.Children)
        {
            switch (Scalar(key))
            {
                case "version" when value is YamlScalarNode { Value: SwmlMarkupDocument.Version }:
                    break;
                case "version":
                    Error(errors, value, $"'version' must be {SwmlMarkupDocument.Version}.");
                    break;
                case "sections" when value is YamlMappingNode mapping:
                    hasSections = true;
                    foreach (var (name, methods) in mapping.Children)
                    {
                        bool isMain = Scalar(name) == rule.Name;
                        bool named = isMain || SwmlMarkupDocument.IsSectionName(Scalar(name));
                        if (!named)
                        {
                            Error(errors, name, $"'{Scalar(name)}' is not a section name: letters, digits, '_' and '-'.");
                        }

                        // Every section takes the methods main takes: each is checked against the root's rule.
                        MarkupElement section = GrammarChecker.Check(ReadMethods(Scalar(name), name, methods, rule, grammar, errors), grammar, rootKey, errors);
                        if (isMain)
                        {
                            main = section;
                        }
                        else if (named)
                        {
                            sections.Add(SwmlMarkupDocument.CreateSection(Scalar(name), section, nameof(document)));
                        }
                    }

                    break;
                case "sections":
                    Error(errors, value, "'sections' is a mapping of section names to lists of methods.");
                    hasSections = true;
                    break;
                default:
                    Error(errors, key, $"'{Scalar(key)}' is not a key of an SWML document (it has version and sections).");
                    break;
            }
        }

        if (main is null && (errors.Count == 0 || !hasSections))
        {
            Error(errors, document, $"The document has no '{rule.Name}' section.");
        }

        foreach (MarkupElement section in sections)
        {
            main?.Add(section);
        }

        return main;
    }

    // A list of methods, each a mapping with one key, the method's name: a section, read into a node named as the
    // root's rule so that the grammar checks it as main, or a nested list (then, on_return) named by its rule.
    private static ParsedNode ReadMethods(string name, YamlNode position, YamlNode methods, ElementRule rule, MarkupGrammar grammar, List<MarkupError> errors)
    {
        var section = new ParsedNode(rule.Name, (int)position.Start.Line, (int)position.Start.Column);
        if (methods is not YamlSequenceNode list)
        {
            Error(errors, methods, $"'{name}' is a list of methods.");
            return section;
        }

        foreach (YamlNode item in list)
        {
            if (item is YamlMappingNode { Children.Count: 1 } method)
            {
                foreach (var (methodName, body) in method.Children)
                {
                    section.Children.Add(ReadValue(Scalar(methodName), methodName, body, SwmlShape.ChildRule(rule, Scalar(methodName), grammar), grammar, errors));
                }
            }
            else
            {
                Error(errors, item, "Each method is a mapping with one key, the method's name.");
            }
        }

        return section;
    }

    // The value of a method or of a property holding an object: the reverse of SwmlShape's writing, led by the grammar
    // (a bare value is the rule's value attribute or text; a list is a repeated child or a list attribute).
    private static ParsedNode ReadValue(string name, YamlNode position, YamlNode body, ElementRule? rule, MarkupGrammar grammar, List<MarkupError> errors)
    {
        if (rule is { Methods: true })
        {
            return ReadMethods(name, position, body, rule, grammar, errors);
        }

        var node = new ParsedNode(name, (int)position.Start.Line, (int)position.Start.Column);
        if (rule?.ValueAttribute is { } anyName && SwmlShape.AttributeRule(rule, anyName) is { Json: MarkupJsonType.Any })
        {
            // Any JSON value, as its JSON text; an empty object is the method without a value, as it is written.
            if (body is not YamlMappingNode { Children.Count: 0 })
            {
                node.Attributes.Add((anyName, AnyText(body), (int)body.Start.Line, (int)body.Start.Column));
            }

            return node;
        }

        if (body is YamlSequenceNode itemList && SwmlShape.ItemRule(rule, grammar) is { } itemRule)
        {
            foreach (YamlNode item in itemList)
            {
                node.Children.Add(ReadValue(itemRule.Name, item, item, itemRule, grammar, errors));
            }

            return node;
        }

        if (body is YamlScalarNode scalar)
        {
            if (rule?.ValueAttribute is { } valueName)
            {
                node.Attributes.Add((valueName, scalar.Value ?? string.Empty, (int)scalar.Start.Line, (int)scalar.Start.Column));
            }
            else if (rule is { HasText: true })
            {
                node.Text = scalar.Value ?? string.Empty;
                node.TextPosition = ((int)scalar.Start.Line, (int)scalar.Start.Column);
            }
            else
            {
                Error(errors, body, $"'{node.Name}' takes a mapping of properties.");
            }

            return node;
        }

        if (body is YamlSequenceNode list && rule?.ValueAttribute is { } listName && SwmlShape.AttributeRule(rule, listName) is { Json: MarkupJsonType.Array })
        {
            node.Attributes.Add((listName, ListText(list, listName, errors), (int)list.Start.Line, (int)list.Start.Column));
            return node;
        }

        if (body is not YamlMappingNode mapping)
        {
            Error(errors, body, $"'{node.Name}' takes a mapping of properties.");
            return node;
        }

        foreach (var (key, value) in mapping.Children)
        {
            string keyName = Scalar(key);
            ElementRule? childRule = rule is null ? null : SwmlShape.ChildRule(rule, keyName, grammar);
            switch (value)
            {
                case YamlMappingNode or YamlSequenceNode when rule is { JsonMap: true } && childRule is null && SwmlShape.AttributeRule(rule, keyName) is null:
                    node.Attributes.Add((keyName, JsonText(value), (int)key.Start.Line, (int)key.Start.Column));
                    break;
                // A map whose values are method lists (switch's case): one child per entry, its key in the first attribute.
                case YamlMappingNode entries when childRule is { Keyed: true }:
                    foreach (var (entryKey, methods) in entries.Children)
                    {
                        ParsedNode entry = ReadMethods(keyName, entryKey, methods, childRule, grammar, errors);
                        entry.Attributes.Add((childRule.Attributes[0].Name, Scalar(entryKey), (int)entryKey.Start.Line, (int)entryKey.Start.Column));
                        node.Children.Add(entry);
                    }

                    break;
                // A nested method list, or a list of items (serial_parallel's groups): one child holding them, as the writer writes it.
                case YamlSequenceNode when childRule is { Methods: true } || SwmlShape.ItemRule(childRule, grammar) is not null:
                    node.Children.Add(ReadValue(keyName, key, value, childRule, grammar, errors));
                    break;
                case YamlSequenceNode items when childRule is not null:
                    foreach (YamlNode item in items)
                    {
                        node.Children.Add(ReadValue(keyName, item, item, childRule, grammar, errors));
                    }

                    break;
                case YamlSequenceNode items when rule is not null && SwmlShape.AttributeRule(rule, keyName) is { Json: MarkupJsonType.Array }:
                    node.Attributes.Add((keyName, ListText(items, keyName, errors), (int)key.Start.Line, (int)key.Start.Column));
                    break;
                case YamlScalarNode when childRule is not null:
                case YamlMappingNode:
                    node.Children.Add(ReadValue(keyName, key, value, childRule, grammar, errors));
                    break;
                case YamlScalarNode text:
                    node.Attributes.Add((keyName, text.Value ?? string.Empty, (int)key.Start.Line, (int)key.Start.Column));
                    break;
                default:
                    Error(errors, value, $"'{keyName}' of '{node.Name}' is not a list here.");
                    break;
            }
        }

        return node;
    }

    // A list attribute's items, space-separated as the element tree holds them (its check refuses items with spaces).
    private static string ListText(YamlSequenceNode items, string name, List<MarkupError> errors)
    {
        var values = new List<string>();
        foreach (YamlNode item in items)
        {
            if (item is YamlScalarNode { Value: { } value })
            {
                values.Add(value);
            }
            else
            {
                Error(errors, item, $"Each item of '{name}' is a value.");
            }
        }

        return string.Join(' ', values);
    }

    // A value of a map of JSON values that is an array or object: held as its JSON text, as the builders take it.
    // A scalar as its text, unless quoted text is itself JSON (`"1"`, `"[1]"`), which keeps its quotes so that it is
    // written back as a string; a list or mapping as its JSON text. Only text the writers would write as JSON counts:
    // `"[x"` is not JSON, so its text is written as a string already.
    private static string AnyText(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted, Value: { } text } when SwmlShape.IsJsonText(text) =>
            $"\"{JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"",
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        _ => JsonText(node),
    };

    private static string JsonText(YamlNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping, as the writer's: the text is compared and written back as the builders took it (`+`, accents).
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(json, node);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteJson(Utf8JsonWriter json, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                json.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    json.WritePropertyName(Scalar(key));
                    WriteJson(json, value);
                }

                json.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                json.WriteStartArray();
                foreach (YamlNode item in sequence)
                {
                    WriteJson(json, item);
                }

                json.WriteEndArray();
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: { } value } when SwmlShape.IsJsonLiteral(value):
                json.WriteRawValue(value, skipInputValidation: true);
                break;
            default:
                json.WriteStringValue(Scalar(node));
                break;
        }
    }

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? string.Empty;

    private static void Error(List<MarkupError> errors, YamlNode node, string message) =>
        errors.Add(new MarkupError((int)node.Start.Line, (int)node.Start.Column, message));
}
