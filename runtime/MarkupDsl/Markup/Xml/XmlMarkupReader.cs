using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Text;
using System.Xml;

namespace MarkupDsl.Markup;

/// <summary>
/// Reads a TwiML, TeXML or cXML document into a <see cref="MarkupElement"/> tree and checks it against the dialect's
/// grammar. Generated document classes call it from their <c>Parse</c> and <c>Load</c> methods.
/// </summary>
/// <remarks>DTDs are refused and comments and processing instructions skipped; element namespaces are ignored.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class XmlMarkupReader
{
    /// <summary>Reads a document from a string.</summary>
    /// <exception cref="MarkupParseException">The document is malformed or breaks the grammar; every problem is listed.</exception>
    public static MarkupElement Parse(string text, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Load(reader, grammar, rootKey);
    }

    /// <summary>Reads a document from a stream; the encoding comes from its declaration or byte order mark.</summary>
    /// <exception cref="MarkupParseException">The document is malformed or breaks the grammar; every problem is listed.</exception>
    public static MarkupElement Load(Stream stream, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using XmlReader xml = XmlReader.Create(stream, Settings);
        var (root, problems) = Read(xml, grammar, rootKey);
        return MarkupParseException.ThrowIfErrors(root, problems);
    }

    /// <summary>Reads a document from a text reader.</summary>
    /// <exception cref="MarkupParseException">The document is malformed or breaks the grammar; every problem is listed.</exception>
    public static MarkupElement Load(TextReader reader, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using XmlReader xml = XmlReader.Create(reader, Settings);
        var (root, problems) = Read(xml, grammar, rootKey);
        return MarkupParseException.ThrowIfErrors(root, problems);
    }

    /// <summary>Checks a document without throwing.</summary>
    /// <returns>Every problem, errors and warnings, in document order; empty for a document with none.</returns>
    public static IReadOnlyList<MarkupError> Validate(string text, MarkupGrammar grammar, string rootKey)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        using XmlReader xml = XmlReader.Create(reader, Settings);
        return Read(xml, grammar, rootKey).Problems;
    }

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private static (MarkupElement? Root, List<MarkupError> Problems) Read(XmlReader xml, MarkupGrammar grammar, string rootKey)
    {
        var errors = new List<MarkupError>();
        MarkupElement? root = null;
        try
        {
            xml.MoveToContent();
            root = GrammarChecker.Check(ReadElement(xml), grammar, rootKey, errors);
        }
        catch (XmlException exception)
        {
            errors.Add(new MarkupError(exception.LineNumber, exception.LinePosition, exception.Message));
        }

        return (root, errors);
    }

    // Keeps the order of text and elements for mixed content; adjacent runs (text beside CDATA) are one.
    private static void AddTextRun(ParsedNode node, string value, IXmlLineInfo info)
    {
        if (node.Children.Count > 0 && node.Children[^1] is { IsText: true } last)
        {
            last.Text += value;
        }
        else
        {
            node.Children.Add(new ParsedNode(MarkupElement.TextNodeName, info.LineNumber, info.LinePosition) { Text = value });
        }
    }

    /// <summary>Reads the element the reader is on, leaving the reader after its end.</summary>
    private static ParsedNode ReadElement(XmlReader xml)
    {
        var info = (IXmlLineInfo)xml;
        var node = new ParsedNode(xml.LocalName, info.LineNumber, info.LinePosition);
        while (xml.MoveToNextAttribute())
        {
            if (xml.Prefix != "xmlns" && xml.Name != "xmlns")
            {
                node.Attributes.Add((xml.Prefix == "xml" ? xml.Name : xml.LocalName, xml.Value, info.LineNumber, info.LinePosition));
            }
        }

        xml.MoveToElement();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return node;
        }

        StringBuilder? text = null;
        xml.Read();
        while (xml.NodeType != XmlNodeType.EndElement)
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    node.Children.Add(ReadElement(xml));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (text is null)
                    {
                        text = new StringBuilder();
                        node.TextPosition = (info.LineNumber, info.LinePosition);
                    }

                    text.Append(xml.Value);
                    AddTextRun(node, xml.Value, info);
                    xml.Read();
                    break;
                default:
                    xml.Read();
                    break;
            }
        }

        xml.Read();
        node.Text = text?.ToString();
        return node;
    }
}
