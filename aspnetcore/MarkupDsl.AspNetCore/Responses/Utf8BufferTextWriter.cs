using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;

namespace MarkupDsl.AspNetCore.Responses;

/// <summary>
/// A <see cref="TextWriter"/> that encodes to UTF-8 straight into an <see cref="IBufferWriter{T}"/> (the response
/// pipe), so that APIs that write text, such as <see cref="Markup.SwmlMarkupDocument.WriteYamlTo"/>, need no
/// string and never block on the response stream. Nothing is flushed to the pipe; the caller flushes it.
/// </summary>
internal sealed class Utf8BufferTextWriter(IBufferWriter<byte> output) : TextWriter(CultureInfo.InvariantCulture)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Enough room for any one char, including a surrogate pair completed across two writes.
    private static readonly int MinimumSpan = Utf8NoBom.GetMaxByteCount(1);

    private readonly Encoder _encoder = Utf8NoBom.GetEncoder();

    public override Encoding Encoding => Utf8NoBom;

    public override void Write(char value) => Encode(new ReadOnlySpan<char>(in value), flush: false);

    public override void Write(char[] buffer, int index, int count) => Encode(buffer.AsSpan(index, count), flush: false);

    public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, flush: false);

    public override void Write(string? value) => Encode(value.AsSpan(), flush: false);

    /// <summary>Writes out a pending high surrogate (as U+FFFD if it is never completed).</summary>
    public override void Flush() => Encode(ReadOnlySpan<char>.Empty, flush: true);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }
        base.Dispose(disposing);
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        // Each round converts at least one char (the span always has room for one); a flush with no chars writes
        // the encoder's pending state, which also fits.
        do
        {
            var span = output.GetSpan(MinimumSpan);
            _encoder.Convert(chars, span, flush, out int charsUsed, out int bytesUsed, out _);
            output.Advance(bytesUsed);
            chars = chars[charsUsed..];
        }
        while (!chars.IsEmpty);
    }
}
