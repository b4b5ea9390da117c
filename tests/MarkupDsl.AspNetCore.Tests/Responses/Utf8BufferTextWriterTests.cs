using System;
using System.Buffers;
using System.Text;
using MarkupDsl.AspNetCore.Responses;

namespace MarkupDsl.AspNetCore.Tests.Responses;

public sealed class Utf8BufferTextWriterTests
{
    private const string Text = "ASCII, Grüß Gott, 日本語, 😀 and 👍🏽.";

    [Fact]
    public void Chars_written_one_at_a_time_encode_like_the_whole_string_even_across_surrogate_pairs()
    {
        var output = new SmallSpanBufferWriter();
        using (var writer = new Utf8BufferTextWriter(output))
        {
            foreach (char c in Text)
            {
                writer.Write(c);
            }
        }
        Assert.Equal(Encoding.UTF8.GetBytes(Text), output.Written.WrittenSpan.ToArray());
    }

    [Fact]
    public void Long_text_fills_as_many_small_spans_as_it_needs()
    {
        string text = string.Concat(System.Linq.Enumerable.Repeat(Text, 50));
        var output = new SmallSpanBufferWriter();
        using (var writer = new Utf8BufferTextWriter(output))
        {
            writer.Write(text);
        }
        Assert.Equal(Encoding.UTF8.GetBytes(text), output.Written.WrittenSpan.ToArray());
        Assert.True(output.Spans > 100, $"{output.Spans} spans");
    }

    [Fact]
    public void A_high_surrogate_left_alone_becomes_a_replacement_character_on_dispose()
    {
        var output = new SmallSpanBufferWriter();
        using (var writer = new Utf8BufferTextWriter(output))
        {
            writer.Write("a\uD83D");
        }
        Assert.Equal("a\uFFFD"u8.ToArray(), output.Written.WrittenSpan.ToArray());
    }

    /// <summary>Hands out spans of exactly the hinted size, as a pipe near the end of a segment does.</summary>
    private sealed class SmallSpanBufferWriter : IBufferWriter<byte>
    {
        private byte[] _span = [];

        public ArrayBufferWriter<byte> Written { get; } = new();

        public int Spans { get; private set; }

        public void Advance(int count) => Written.Write(_span.AsSpan(0, count));

        public Memory<byte> GetMemory(int sizeHint = 0) => throw new NotSupportedException();

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Spans++;
            _span = new byte[Math.Max(sizeHint, 1)];
            return _span;
        }
    }
}
