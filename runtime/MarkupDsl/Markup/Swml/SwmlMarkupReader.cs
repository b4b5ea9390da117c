using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
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
        try
        {
            var yaml = new YamlStream();
            yaml.Load(reader);
            if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode document)
            {
                errors.Add(new MarkupError(1, 1, "An SWML document is one mapping with 'version' and 'sections'."));
            }
            else if (ReadSection(document, grammar[rootKey].Name, errors) is { } section)
            {
                root = GrammarChecker.Check(section, grammar, rootKey, errors);
            }
        }
        catch (YamlException exception)
        {
            errors.Add(new MarkupError((int)exception.Start.Line, (int)exception.Start.Column, exception.Message));
        }

        return (root, errors);
    }

    private static ParsedNode? ReadSection(YamlMappingNode document, string sectionName, List<MarkupError> errors)
    {
        ParsedNode? section = null;
        foreach (var (key, value) in document.Children)
        {
            switch (Scalar(key))
            {
                case "version" when value is YamlScalarNode { Value: SwmlMarkupDocument.Version }:
                    break;
                case "version":
                    Error(errors, value, $"'version' must be {SwmlMarkupDocument.Version}.");
                    break;
                case "sections" when value is YamlMappingNode sections:
                    foreach (var (name, verbs) in sections.Children)
                    {
                        if (Scalar(name) != sectionName)
                        {
                            Error(errors, name, $"Only the '{sectionName}' section is read; found '{Scalar(name)}'.");
                        }
                        else if (verbs is not YamlSequenceNode list)
                        {
                            Error(errors, verbs, $"The '{sectionName}' section is a list of verbs.");
                        }
                        else
                        {
                            section = Node(name);
                            foreach (YamlNode item in list)
                            {
                                if (item is YamlMappingNode { Children.Count: 1 } verb)
                                {
                                    foreach (var (verbName, body) in verb.Children)
                                    {
                                        section.Children.Add(ReadObject(verbName, body, errors));
                                    }
                                }
                                else
                                {
                                    Error(errors, item, "Each verb is a mapping with one key, the verb's name.");
                                }
                            }
                        }
                    }

                    break;
                default:
                    Error(errors, key, $"'{Scalar(key)}' is not a key of an SWML document (it has version and sections).");
                    break;
            }
        }

        if (section is null && errors.Count == 0)
        {
            Error(errors, document, $"The document has no '{sectionName}' section.");
        }

        return section;
    }

    private static ParsedNode ReadObject(YamlNode name, YamlNode body, List<MarkupError> errors)
    {
        ParsedNode node = Node(name);
        if (body is not YamlMappingNode mapping)
        {
            Error(errors, body, $"'{node.Name}' takes a mapping of properties.");
            return node;
        }

        foreach (var (key, value) in mapping.Children)
        {
            switch (value)
            {
                case YamlScalarNode scalar:
                    node.Attributes.Add((Scalar(key), scalar.Value ?? string.Empty, (int)key.Start.Line, (int)key.Start.Column));
                    break;
                case YamlMappingNode:
                    node.Children.Add(ReadObject(key, value, errors));
                    break;
                default:
                    Error(errors, value, $"'{Scalar(key)}' of '{node.Name}' must be a value or a mapping.");
                    break;
            }
        }

        return node;
    }

    private static ParsedNode Node(YamlNode name) => new(Scalar(name), (int)name.Start.Line, (int)name.Start.Column);

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? string.Empty;

    private static void Error(List<MarkupError> errors, YamlNode node, string message) =>
        errors.Add(new MarkupError((int)node.Start.Line, (int)node.Start.Column, message));
}
