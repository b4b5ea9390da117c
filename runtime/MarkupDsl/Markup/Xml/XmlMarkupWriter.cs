using System;
using System.Buffers;
using System.Text;

namespace MarkupDsl.Markup;

/// <summary>
/// Writes a <see cref="MarkupElement"/> tree as an XML document (TwiML, TeXML, cXML) in UTF-8, straight into an
/// <see cref="IBufferWriter{T}"/>: no string and no <c>XDocument</c> in between.
/// </summary>
/// <remarks>
/// Text escapes <c>&amp; &lt; &gt;</c>; attribute values also escape <c>"</c> and the white-space characters that
/// attribute normalisation would otherwise turn into spaces (XML 1.0 §3.3.3). Values are checked for characters XML
/// cannot carry when a builder sets them or a reader reads them (<see cref="MarkupValidation"/>), so the output is always well-formed.
/// </remarks>
internal static class XmlMarkupWriter
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");

    /// <summary>Writes the XML declaration and the element tree.</summary>
    /// <param name="root">The document element.</param>
    /// <param name="output">Receives UTF-8 bytes.</param>
    /// <param name="indented">Puts each child element on its own line, indented by two spaces a level.</param>
    public static void Write(MarkupElement root, IBufferWriter<byte> output, bool indented)
    {
        WriteRaw(output, Declaration);
        if (indented)
        {
            WriteRaw(output, "\n");
        }

        WriteElement(root, output, indented, depth: 0);
        if (indented)
        {
            WriteRaw(output, "\n");
        }
    }

    private static void WriteElement(MarkupElement element, IBufferWriter<byte> output, bool indented, int depth)
    {
        WriteRaw(output, "<");
        WriteRaw(output, element.Name);
        // Index loops: the lists are read through IReadOnlyList, whose enumerator would be boxed on every element.
        for (int i = 0; i < element.Attributes.Count; i++)
        {
            MarkupAttribute attribute = element.Attributes[i];
            WriteRaw(output, " ");
            WriteRaw(output, attribute.Name);
            WriteRaw(output, "=\"");
            WriteEscaped(output, attribute.Value, AttributeSpecials);
            WriteRaw(output, "\"");
        }

        if (element.Children.Count == 0 && string.IsNullOrEmpty(element.Text))
        {
            WriteRaw(output, " />");
            return;
        }

        WriteRaw(output, ">");
        if (element.Text is { Length: > 0 } text)
        {
            WriteEscaped(output, text, TextSpecials);
        }

        for (int i = 0; i < element.Children.Count; i++)
        {
            WriteLineStart(output, indented, depth + 1);
            WriteElement(element.Children[i], output, indented, depth + 1);
        }

        if (element.Children.Count > 0)
        {
            WriteLineStart(output, indented, depth);
        }

        WriteRaw(output, "</");
        WriteRaw(output, element.Name);
        WriteRaw(output, ">");
    }

    private static void WriteLineStart(IBufferWriter<byte> output, bool indented, int depth)
    {
        if (!indented)
        {
            return;
        }

        Span<byte> line = output.GetSpan(1 + (2 * depth));
        line[0] = (byte)'\n';
        line.Slice(1, 2 * depth).Fill((byte)' ');
        output.Advance(1 + (2 * depth));
    }

    private static void WriteEscaped(IBufferWriter<byte> output, string value, SearchValues<char> specials)
    {
        ReadOnlySpan<char> rest = value;
        while (true)
        {
            int next = rest.IndexOfAny(specials);
            if (next < 0)
            {
                WriteRaw(output, rest);
                return;
            }

            WriteRaw(output, rest[..next]);
            WriteRaw(output, rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\t' => "&#x9;",
                '\n' => "&#xA;",
                _ => "&#xD;",
            });
            rest = rest[(next + 1)..];
        }
    }

    private static void WriteRaw(IBufferWriter<byte> output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Span<byte> destination = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, destination));
    }
}
