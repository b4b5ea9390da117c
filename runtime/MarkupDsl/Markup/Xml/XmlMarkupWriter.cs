using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace MarkupDsl.Markup;

/// <summary>
/// Writes a <see cref="MarkupElement"/> tree as an XML document (TwiML, TeXML, cXML): as UTF-8 straight into an
/// <see cref="IBufferWriter{T}"/>, or as UTF-16 straight into a string of the exact length. No <c>XDocument</c> and no
/// intermediate buffer; the only allocation is the string that <see cref="ToString"/> returns.
/// </summary>
/// <remarks>
/// Text escapes <c>&amp; &lt; &gt;</c> and carriage return; attribute values also escape <c>"</c> and the white-space
/// characters that attribute normalisation would otherwise turn into spaces (XML 1.0 §3.3.3). Values are checked for
/// characters XML cannot carry when a builder sets them or a reader reads them (<see cref="MarkupValidation"/>), so the
/// output is always well-formed. The document is measured first, in UTF-16 code units with its escapes, so that it is
/// written into one span; one pass, generic over the code unit, writes both encodings.
/// </remarks>
internal static class XmlMarkupWriter
{
    // A UTF-16 code unit takes at most 3 UTF-8 bytes (a surrogate pair, two units, takes 4).
    private const int MaxUtf8BytesPerChar = 3;

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");

    private static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"u8;

    /// <summary>Writes the XML declaration and the element tree as UTF-8.</summary>
    /// <param name="root">The document element.</param>
    /// <param name="output">Receives UTF-8 bytes.</param>
    /// <param name="indented">Puts each child element on its own line, indented by two spaces a level.</param>
    public static void Write(MarkupElement root, IBufferWriter<byte> output, bool indented)
    {
        Span<byte> span = output.GetSpan(Measure(root, indented) * MaxUtf8BytesPerChar);
        output.Advance(WriteDocument(root, span, indented));
    }

    /// <summary>Returns the XML declaration and the element tree as a string.</summary>
    /// <param name="root">The document element.</param>
    /// <param name="indented">Puts each child element on its own line, indented by two spaces a level.</param>
    public static string ToString(MarkupElement root, bool indented) => string.Create(
        Measure(root, indented),
        (root, indented),
        static (span, state) => WriteDocument(state.root, span, state.indented));

    /// <summary>The length of the document in UTF-16 code units.</summary>
    private static int Measure(MarkupElement root, bool indented) =>
        Declaration.Length + (indented ? 2 : 0) + MeasureElement(root, indented, depth: 0);

    private static int MeasureElement(MarkupElement element, bool indented, int depth)
    {
        int length = 1 + element.Name.Length;
        foreach (MarkupAttribute attribute in element.Attributes.AsSpan())
        {
            length += 4 + attribute.Name.Length + EscapedLength(attribute.Value, AttributeSpecials);
        }

        ReadOnlySpan<MarkupElement> children = element.Children.AsSpan();
        if (children.IsEmpty && string.IsNullOrEmpty(element.Text))
        {
            return length + 3;
        }

        length += 1 + EscapedLength(element.Text, TextSpecials) + 3 + element.Name.Length;
        foreach (MarkupElement child in children)
        {
            length += LineStartLength(indented, depth + 1) + MeasureElement(child, indented, depth + 1);
        }

        return children.IsEmpty ? length : length + LineStartLength(indented, depth);
    }

    private static int EscapedLength(ReadOnlySpan<char> value, SearchValues<char> specials)
    {
        int length = value.Length;
        int next;
        while ((next = value.IndexOfAny(specials)) >= 0)
        {
            length += Escape(value[next]).Length - 1;
            value = value[(next + 1)..];
        }

        return length;
    }

    private static int LineStartLength(bool indented, int depth) => indented ? 1 + (2 * depth) : 0;

    /// <summary>Writes the document into <paramref name="span"/>, UTF-8 bytes or UTF-16 chars; returns the units written.</summary>
    private static int WriteDocument<T>(MarkupElement root, Span<T> span, bool indented)
        where T : unmanaged
    {
        int position = WriteAscii(Declaration, span, 0);
        if (indented)
        {
            span[position++] = Unit<T>('\n');
        }

        position = WriteElement(root, span, position, indented, depth: 0);
        if (indented)
        {
            span[position++] = Unit<T>('\n');
        }

        return position;
    }

    private static int WriteElement<T>(MarkupElement element, Span<T> span, int position, bool indented, int depth)
        where T : unmanaged
    {
        span[position++] = Unit<T>('<');
        position = WriteText(element.Name, span, position);
        foreach (MarkupAttribute attribute in element.Attributes.AsSpan())
        {
            span[position++] = Unit<T>(' ');
            position = WriteText(attribute.Name, span, position);
            position = WriteAscii("=\""u8, span, position);
            position = WriteEscaped(attribute.Value, span, position, AttributeSpecials);
            span[position++] = Unit<T>('"');
        }

        ReadOnlySpan<MarkupElement> children = element.Children.AsSpan();
        if (children.IsEmpty && string.IsNullOrEmpty(element.Text))
        {
            return WriteAscii(" />"u8, span, position);
        }

        span[position++] = Unit<T>('>');
        position = WriteEscaped(element.Text, span, position, TextSpecials);
        foreach (MarkupElement child in children)
        {
            position = WriteLineStart(span, position, indented, depth + 1);
            position = WriteElement(child, span, position, indented, depth + 1);
        }

        if (!children.IsEmpty)
        {
            position = WriteLineStart(span, position, indented, depth);
        }

        position = WriteAscii("</"u8, span, position);
        position = WriteText(element.Name, span, position);
        span[position++] = Unit<T>('>');
        return position;
    }

    private static int WriteLineStart<T>(Span<T> span, int position, bool indented, int depth)
        where T : unmanaged
    {
        if (!indented)
        {
            return position;
        }

        span[position++] = Unit<T>('\n');
        span.Slice(position, 2 * depth).Fill(Unit<T>(' '));
        return position + (2 * depth);
    }

    private static int WriteEscaped<T>(ReadOnlySpan<char> value, Span<T> span, int position, SearchValues<char> specials)
        where T : unmanaged
    {
        int next;
        while ((next = value.IndexOfAny(specials)) >= 0)
        {
            position = WriteText(value[..next], span, position);
            position = WriteAscii(Escape(value[next]), span, position);
            value = value[(next + 1)..];
        }

        return WriteText(value, span, position);
    }

    private static ReadOnlySpan<byte> Escape(char special) => special switch
    {
        '&' => "&amp;"u8,
        '<' => "&lt;"u8,
        '>' => "&gt;"u8,
        '"' => "&quot;"u8,
        '\t' => "&#x9;"u8,
        '\n' => "&#xA;"u8,
        _ => "&#xD;"u8,
    };

    // The typeof tests are constants in each instantiation: the JIT keeps one branch.
    private static int WriteText<T>(ReadOnlySpan<char> text, Span<T> span, int position)
        where T : unmanaged
    {
        if (typeof(T) == typeof(char))
        {
            text.CopyTo(MemoryMarshal.Cast<T, char>(span)[position..]);
            return position + text.Length;
        }

        // Names and most values are ASCII, which the vectorised narrowing does at less cost than a UTF-8 encoder.
        Span<byte> bytes = MemoryMarshal.Cast<T, byte>(span)[position..];
        if (Ascii.FromUtf16(text, bytes, out int written) == OperationStatus.Done)
        {
            return position + written;
        }

        return position + written + Encoding.UTF8.GetBytes(text[written..], bytes[written..]);
    }

    private static T Unit<T>(char ascii)
        where T : unmanaged => typeof(T) == typeof(byte) ? (T)(object)(byte)ascii : (T)(object)ascii;

    private static int WriteAscii<T>(ReadOnlySpan<byte> ascii, Span<T> span, int position)
        where T : unmanaged
    {
        if (typeof(T) == typeof(byte))
        {
            ascii.CopyTo(MemoryMarshal.Cast<T, byte>(span)[position..]);
        }
        else
        {
            Ascii.ToUtf16(ascii, MemoryMarshal.Cast<T, char>(span)[position..], out _);
        }

        return position + ascii.Length;
    }
}
