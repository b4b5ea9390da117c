using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using MarkupDsl.Buffers;

namespace MarkupDsl.Markup;

/// <summary>
/// Writes a <see cref="MarkupElement"/> tree as an XML document (TwiML, TeXML, cXML) in one pass: as UTF-8 straight
/// into an <see cref="IBufferWriter{T}"/>, or as UTF-16 into a stack buffer that the returned string is copied from.
/// No <c>XDocument</c>; the only allocation of <see cref="ToString"/> is its string (documents longer than the stack
/// buffer go on in pooled arrays).
/// </summary>
/// <remarks>
/// Text escapes <c>&amp; &lt; &gt;</c> and carriage return; attribute values also escape <c>"</c> and the white-space
/// characters that attribute normalisation would otherwise turn into spaces (XML 1.0 §3.3.3). Values are checked for
/// characters XML cannot carry when a builder sets them or a reader reads them (<see cref="MarkupValidation"/>), so the
/// output is always well-formed. One pass, generic over the code unit, writes both encodings.
/// </remarks>
[SkipLocalsInit]
internal static class XmlMarkupWriter
{
    // A UTF-16 code unit takes at most 3 UTF-8 bytes (a surrogate pair, two units, takes 4).
    private const int MaxUtf8BytesPerChar = 3;

    // The stack buffer of ToString, in chars: every example document fits, and 2 KB of stack is safe on any thread.
    private const int StackChars = 1024;

    // What WriteTo asks of the output first, in bytes; it asks for more as it goes.
    private const int InitialBytes = 512;

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
        var writer = new Writer<byte>(output.GetSpan(InitialBytes), output, indented);
        writer.WriteDocument(root);
        writer.Complete();
    }

    /// <summary>Returns the XML declaration and the element tree as a string.</summary>
    /// <param name="root">The document element.</param>
    /// <param name="indented">Puts each child element on its own line, indented by two spaces a level.</param>
    public static string ToString(MarkupElement root, bool indented)
    {
        var writer = new Writer<char>(stackalloc char[StackChars], output: null, indented);
        try
        {
            writer.WriteDocument(root);
            return new string(writer.Complete());
        }
        finally
        {
            writer.Dispose();
        }
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

    /// <summary>
    /// Writes UTF-8 bytes or UTF-16 chars into a span, asking for more room as it goes: from the output it was given,
    /// or, for a stack span without one, from a pooled buffer it then owns. The <c>typeof(T)</c> tests are constants
    /// in each instantiation, so the JIT keeps one branch of each.
    /// </summary>
    private ref struct Writer<T>
        where T : unmanaged
    {
        private readonly bool _indented;
        private Span<T> _span;
        private int _position;
        private IBufferWriter<T>? _output;
        private PooledBufferWriter<T>? _pooled;

        public Writer(Span<T> span, IBufferWriter<T>? output, bool indented)
        {
            _span = span;
            _output = output;
            _indented = indented;
        }

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
                Reserve(1);
                Put('\n');
            }
        }

        /// <summary>Commits what was written to the output; returns all of it when the writer owns its buffer.</summary>
        public ReadOnlySpan<T> Complete()
        {
            if (_output is null)
            {
                return _span[.._position];
            }

            _output.Advance(_position);
            _span = default;
            _position = 0;
            return _pooled is null ? default : _pooled.WrittenSpan;
        }

        public readonly void Dispose() => _pooled?.Dispose();

        // Kept whole: inlined into the document's first call, it would spend the JIT's inlining budget before the
        // small helpers below were inlined at the root.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void WriteElement(MarkupElement element, int depth)
        {
            MarkupName? tags = element.Tags;
            if (tags is not null)
            {
                WriteRendered(tags.OpenTag, tags.Utf8OpenTag);
            }
            else
            {
                Reserve(1);
                Put('<');
                WriteText(element.Name);
            }

            foreach (MarkupAttribute attribute in element.Attributes.AsSpan())
            {
                if (attribute.Tags is { } name)
                {
                    WriteRendered(name.AttributeStart, name.Utf8AttributeStart);
                }
                else
                {
                    Reserve(1);
                    Put(' ');
                    WriteText(attribute.Name);
                    Reserve(2);
                    Put('=');
                    Put('"');
                }

                WriteEscaped(attribute.Value, AttributeSpecials);
                Reserve(1);
                Put('"');
            }

            ReadOnlySpan<MarkupElement> children = element.Children.AsSpan();
            if (children.IsEmpty && string.IsNullOrEmpty(element.Text))
            {
                Reserve(3);
                Put(' ');
                Put('/');
                Put('>');
                return;
            }

            Reserve(1);
            Put('>');
            if (!string.IsNullOrEmpty(element.Text))
            {
                WriteEscaped(element.Text, TextSpecials);
            }

            // Indenting mixed content would add white space to its text, so it stays on one line.
            bool indent = _indented && string.IsNullOrEmpty(element.Text) && !HasTextNode(children);
            foreach (MarkupElement child in children)
            {
                if (child.IsText)
                {
                    WriteEscaped(child.Text!, TextSpecials);
                    continue;
                }

                if (indent)
                {
                    WriteLineStart(depth + 1);
                }

                WriteElement(child, depth + 1);
            }

            if (indent && !children.IsEmpty)
            {
                WriteLineStart(depth);
            }

            if (tags is not null)
            {
                WriteRendered(tags.CloseTag, tags.Utf8CloseTag);
                return;
            }

            Reserve(2);
            Put('<');
            Put('/');
            WriteText(element.Name);
            Reserve(1);
            Put('>');
        }

        // A tag rendered beforehand, in the writer's encoding: one copy.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void WriteRendered(string utf16, byte[] utf8)
        {
            if (typeof(T) == typeof(char))
            {
                Reserve(utf16.Length);
                utf16.CopyTo(MemoryMarshal.Cast<T, char>(_span)[_position..]);
                _position += utf16.Length;
            }
            else
            {
                Reserve(utf8.Length);
                utf8.CopyTo(MemoryMarshal.Cast<T, byte>(_span)[_position..]);
                _position += utf8.Length;
            }
        }

        private static bool HasTextNode(ReadOnlySpan<MarkupElement> children)
        {
            foreach (MarkupElement child in children)
            {
                if (child.IsText)
                {
                    return true;
                }
            }

            return false;
        }

        private void WriteLineStart(int depth)
        {
            if (_indented)
            {
                Reserve(1 + (2 * depth));
                Put('\n');
                _span.Slice(_position, 2 * depth).Fill(Unit(' '));
                _position += 2 * depth;
            }
        }

        private void WriteEscaped(ReadOnlySpan<char> value, SearchValues<char> specials)
        {
            int next = value.IndexOfAny(specials);
            if (next < 0)
            {
                WriteText(value);
                return;
            }

            WriteEscapes(value, next, specials);
        }

        // Out of line: most values have nothing to escape, and the loop would only weigh on the element's code.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void WriteEscapes(ReadOnlySpan<char> value, int next, SearchValues<char> specials)
        {
            do
            {
                WriteText(value[..next]);
                WriteAscii(Escape(value[next]));
                value = value[(next + 1)..];
            }
            while ((next = value.IndexOfAny(specials)) >= 0);

            WriteText(value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void WriteText(ReadOnlySpan<char> text)
        {
            if (typeof(T) == typeof(char))
            {
                Reserve(text.Length);
                text.CopyTo(MemoryMarshal.Cast<T, char>(_span)[_position..]);
                _position += text.Length;
                return;
            }

            // Names and most values are ASCII, which the vectorised narrowing does at less cost than a UTF-8 encoder.
            Reserve(text.Length * MaxUtf8BytesPerChar);
            Span<byte> bytes = MemoryMarshal.Cast<T, byte>(_span)[_position..];
            if (Ascii.FromUtf16(text, bytes, out int written) != OperationStatus.Done)
            {
                written += Encoding.UTF8.GetBytes(text[written..], bytes[written..]);
            }

            _position += written;
        }

        private void WriteAscii(ReadOnlySpan<byte> ascii)
        {
            Reserve(ascii.Length);
            if (typeof(T) == typeof(byte))
            {
                ascii.CopyTo(MemoryMarshal.Cast<T, byte>(_span)[_position..]);
                _position += ascii.Length;
                return;
            }

            foreach (byte unit in ascii)
            {
                Put((char)unit);
            }
        }

        /// <summary>Makes room for <paramref name="count"/> more units.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Reserve(int count)
        {
            if (_span.Length - _position < count)
            {
                Grow(count);
            }
        }

        private void Grow(int count)
        {
            if (_output is null)
            {
                // The stack span is full: carry on in a pooled buffer, starting with what is written so far.
                _pooled = new PooledBufferWriter<T>(Math.Max(2 * _span.Length, _position + count));
                _span[.._position].CopyTo(_pooled.GetSpan(_position));
                _output = _pooled;
            }

            _output.Advance(_position);
            _span = _output.GetSpan(Math.Max(count, InitialBytes));
            _position = 0;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Put(char ascii) => _span[_position++] = Unit(ascii);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T Unit(char ascii) => typeof(T) == typeof(byte) ? (T)(object)(byte)ascii : (T)(object)ascii;
    }
}
