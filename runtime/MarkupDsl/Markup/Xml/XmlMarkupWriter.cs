using System;
using System.Buffers;
using System.Text;

namespace MarkupDsl.Markup;

/// <summary>
/// Writes a <see cref="MarkupElement"/> tree as an XML document (TwiML, TeXML, cXML) in UTF-8, straight into an
/// <see cref="IBufferWriter{T}"/>: no string and no <c>XDocument</c> in between, and no allocation.
/// </summary>
/// <remarks>
/// Text escapes <c>&amp; &lt; &gt;</c>; attribute values also escape <c>"</c> and the white-space characters that
/// attribute normalisation would otherwise turn into spaces (XML 1.0 §3.3.3). Values are checked for characters XML
/// cannot carry when a builder sets them or a reader reads them (<see cref="MarkupValidation"/>), so the output is
/// always well-formed. The document is measured first (an upper bound) so that it is written into one span.
/// </remarks>
internal static class XmlMarkupWriter
{
    private const int MaxBytesPerChar = 3;

    // "&quot;" is the longest escape: six bytes for one character.
    private const int MaxEscapedBytesPerChar = 6;

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"u8;

    /// <summary>Writes the XML declaration and the element tree.</summary>
    /// <param name="root">The document element.</param>
    /// <param name="output">Receives UTF-8 bytes.</param>
    /// <param name="indented">Puts each child element on its own line, indented by two spaces a level.</param>
    public static void Write(MarkupElement root, IBufferWriter<byte> output, bool indented)
    {
        int bound = Declaration.Length + 2 + Measure(root, depth: 0);
        Span<byte> span = output.GetSpan(bound);
        int position = Copy(span, 0, Declaration);
        if (indented)
        {
            span[position++] = (byte)'\n';
        }

        position = WriteElement(root, span, position, indented, depth: 0);
        if (indented)
        {
            span[position++] = (byte)'\n';
        }

        output.Advance(position);
    }

    /// <summary>An upper bound of the bytes an element takes, indentation of its children included.</summary>
    private static int Measure(MarkupElement element, int depth)
    {
        int size = (2 * element.Name.Length * MaxBytesPerChar) + 5 + ((element.Text?.Length ?? 0) * MaxEscapedBytesPerChar);
        for (int i = 0; i < element.Attributes.Count; i++)
        {
            MarkupAttribute attribute = element.Attributes[i];
            size += 4 + (attribute.Name.Length * MaxBytesPerChar) + (attribute.Value.Length * MaxEscapedBytesPerChar);
        }

        // Each child, and the end tag, may start a new indented line.
        size += (element.Children.Count + 1) * (1 + (2 * (depth + 1)));
        for (int i = 0; i < element.Children.Count; i++)
        {
            size += Measure(element.Children[i], depth + 1);
        }

        return size;
    }

    // Index loops throughout: the lists are read through IReadOnlyList, whose enumerator would be boxed.
    private static int WriteElement(MarkupElement element, Span<byte> span, int position, bool indented, int depth)
    {
        span[position++] = (byte)'<';
        position = WriteText(element.Name, span, position);
        for (int i = 0; i < element.Attributes.Count; i++)
        {
            MarkupAttribute attribute = element.Attributes[i];
            span[position++] = (byte)' ';
            position = WriteText(attribute.Name, span, position);
            position = Copy(span, position, "=\""u8);
            position = WriteEscaped(attribute.Value, span, position, AttributeSpecials);
            span[position++] = (byte)'"';
        }

        if (element.Children.Count == 0 && string.IsNullOrEmpty(element.Text))
        {
            return Copy(span, position, " />"u8);
        }

        span[position++] = (byte)'>';
        if (element.Text is { Length: > 0 } text)
        {
            position = WriteEscaped(text, span, position, TextSpecials);
        }

        for (int i = 0; i < element.Children.Count; i++)
        {
            position = WriteLineStart(span, position, indented, depth + 1);
            position = WriteElement(element.Children[i], span, position, indented, depth + 1);
        }

        if (element.Children.Count > 0)
        {
            position = WriteLineStart(span, position, indented, depth);
        }

        position = Copy(span, position, "</"u8);
        position = WriteText(element.Name, span, position);
        span[position++] = (byte)'>';
        return position;
    }

    private static int WriteLineStart(Span<byte> span, int position, bool indented, int depth)
    {
        if (!indented)
        {
            return position;
        }

        span[position++] = (byte)'\n';
        span.Slice(position, 2 * depth).Fill((byte)' ');
        return position + (2 * depth);
    }

    private static int WriteEscaped(string value, Span<byte> span, int position, SearchValues<char> specials)
    {
        ReadOnlySpan<char> rest = value;
        while (true)
        {
            int next = rest.IndexOfAny(specials);
            if (next < 0)
            {
                return WriteText(rest, span, position);
            }

            position = WriteText(rest[..next], span, position);
            position = Copy(span, position, rest[next] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#xD;"u8,
            });
            rest = rest[(next + 1)..];
        }
    }

    /// <summary>Transcodes to UTF-8; names and most values are ASCII, which the vectorised ASCII narrowing does at less cost.</summary>
    private static int WriteText(ReadOnlySpan<char> text, Span<byte> span, int position)
    {
        if (Ascii.FromUtf16(text, span[position..], out int written) == OperationStatus.Done)
        {
            return position + written;
        }

        return position + written + Encoding.UTF8.GetBytes(text[written..], span[(position + written)..]);
    }

    private static int Copy(Span<byte> span, int position, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(span[position..]);
        return position + bytes.Length;
    }
}
