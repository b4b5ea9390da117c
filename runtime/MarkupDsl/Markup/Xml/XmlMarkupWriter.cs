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

    private static readonly string DeclarationText = Encoding.ASCII.GetString(Declaration);

    /// <summary>Writes the XML declaration and the element tree as UTF-8.</summary>
    /// <param name="root">The document element.</param>
    /// <param name="output">Receives UTF-8 bytes.</param>
    /// <param name="indented">Puts each child element on its own line, indented by two spaces a level.</param>
    public static void Write(MarkupElement root, IBufferWriter<byte> output, bool indented)
    {
        bool escapes = false;
        int length = Measure(root, indented, ref escapes);
        var writer = new Writer<byte>(output.GetSpan(length * MaxUtf8BytesPerChar), indented, escapes);
        writer.WriteDocument(root);
        output.Advance(writer.Position);
    }

    /// <summary>Returns the XML declaration and the element tree as a string.</summary>
    /// <param name="root">The document element.</param>
    /// <param name="indented">Puts each child element on its own line, indented by two spaces a level.</param>
    public static string ToString(MarkupElement root, bool indented)
    {
        bool escapes = false;
        int length = Measure(root, indented, ref escapes);
        return string.Create(
            length,
            (root, indented, escapes),
            static (span, state) => new Writer<char>(span, state.indented, state.escapes).WriteDocument(state.root));
    }

    /// <summary>The length of the document in UTF-16 code units; notes whether any value needs an escape.</summary>
    private static int Measure(MarkupElement root, bool indented, ref bool escapes) =>
        Declaration.Length + (indented ? 2 : 0) + MeasureElement(root, indented, depth: 0, ref escapes);

    private static int MeasureElement(MarkupElement element, bool indented, int depth, ref bool escapes)
    {
        int length = 1 + element.Name.Length;
        foreach (MarkupAttribute attribute in element.Attributes.AsSpan())
        {
            length += 4 + attribute.Name.Length + EscapedLength(attribute.Value, AttributeSpecials, ref escapes);
        }

        ReadOnlySpan<MarkupElement> children = element.Children.AsSpan();
        if (children.IsEmpty && string.IsNullOrEmpty(element.Text))
        {
            return length + 3;
        }

        length += 1 + EscapedLength(element.Text, TextSpecials, ref escapes) + 3 + element.Name.Length;
        foreach (MarkupElement child in children)
        {
            length += LineStartLength(indented, depth + 1) + MeasureElement(child, indented, depth + 1, ref escapes);
        }

        return children.IsEmpty ? length : length + LineStartLength(indented, depth);
    }

    private static int EscapedLength(ReadOnlySpan<char> value, SearchValues<char> specials, ref bool escapes)
    {
        int length = value.Length;
        int next;
        while ((next = value.IndexOfAny(specials)) >= 0)
        {
            escapes = true;
            length += Escape(value[next]).Length - 1;
            value = value[(next + 1)..];
        }

        return length;
    }

    private static int LineStartLength(bool indented, int depth) => indented ? 1 + (2 * depth) : 0;

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

    /// <summary>
    /// Writes into a span of the measured size, UTF-8 bytes or UTF-16 chars. The <c>typeof(T)</c> tests are constants
    /// in each instantiation, so the JIT keeps one branch of each.
    /// </summary>
    private ref struct Writer<T>
        where T : unmanaged
    {
        private readonly Span<T> _span;
        private readonly bool _indented;

        // When the measure found nothing to escape, values are copied without a second search.
        private readonly bool _escapes;

        public Writer(Span<T> span, bool indented, bool escapes)
        {
            _span = span;
            _indented = indented;
            _escapes = escapes;
        }

        /// <summary>The units written so far.</summary>
        public int Position { get; private set; }

        public void WriteDocument(MarkupElement root)
        {
            if (typeof(T) == typeof(byte))
            {
                WriteAscii(Declaration);
            }
            else
            {
                WriteText(DeclarationText);
            }

            WriteLineStart(depth: 0);
            WriteElement(root, depth: 0);
            if (_indented)
            {
                Put('\n');
            }
        }

        private void WriteElement(MarkupElement element, int depth)
        {
            Put('<');
            WriteText(element.Name);
            foreach (MarkupAttribute attribute in element.Attributes.AsSpan())
            {
                Put(' ');
                WriteText(attribute.Name);
                Put('=');
                Put('"');
                WriteEscaped(attribute.Value, AttributeSpecials);
                Put('"');
            }

            ReadOnlySpan<MarkupElement> children = element.Children.AsSpan();
            if (children.IsEmpty && string.IsNullOrEmpty(element.Text))
            {
                Put(' ');
                Put('/');
                Put('>');
                return;
            }

            Put('>');
            WriteEscaped(element.Text, TextSpecials);
            foreach (MarkupElement child in children)
            {
                WriteLineStart(depth + 1);
                WriteElement(child, depth + 1);
            }

            if (!children.IsEmpty)
            {
                WriteLineStart(depth);
            }

            Put('<');
            Put('/');
            WriteText(element.Name);
            Put('>');
        }

        private void WriteLineStart(int depth)
        {
            if (_indented)
            {
                Put('\n');
                _span.Slice(Position, 2 * depth).Fill(Unit(' '));
                Position += 2 * depth;
            }
        }

        private void WriteEscaped(ReadOnlySpan<char> value, SearchValues<char> specials)
        {
            int next;
            while (_escapes && (next = value.IndexOfAny(specials)) >= 0)
            {
                WriteText(value[..next]);
                WriteAscii(Escape(value[next]));
                value = value[(next + 1)..];
            }

            WriteText(value);
        }

        private void WriteText(ReadOnlySpan<char> text)
        {
            if (typeof(T) == typeof(char))
            {
                text.CopyTo(MemoryMarshal.Cast<T, char>(_span)[Position..]);
                Position += text.Length;
                return;
            }

            // Names and most values are ASCII, which the vectorised narrowing does at less cost than a UTF-8 encoder.
            Span<byte> bytes = MemoryMarshal.Cast<T, byte>(_span)[Position..];
            if (Ascii.FromUtf16(text, bytes, out int written) != OperationStatus.Done)
            {
                written += Encoding.UTF8.GetBytes(text[written..], bytes[written..]);
            }

            Position += written;
        }

        private void WriteAscii(ReadOnlySpan<byte> ascii)
        {
            if (typeof(T) == typeof(byte))
            {
                ascii.CopyTo(MemoryMarshal.Cast<T, byte>(_span)[Position..]);
                Position += ascii.Length;
                return;
            }

            foreach (byte unit in ascii)
            {
                Put((char)unit);
            }
        }

        private void Put(char ascii) => _span[Position++] = Unit(ascii);

        private static T Unit(char ascii) => typeof(T) == typeof(byte) ? (T)(object)(byte)ascii : (T)(object)ascii;
    }
}
