using System;
using System.Text.Json;

namespace MarkupDsl.Buffers;

/// <summary>Where in a UTF-8 JSON message a <see cref="JsonException"/> from <see cref="Utf8JsonReader"/> stands.</summary>
internal static class JsonErrorPosition
{
    /// <summary>Turns the exception's line and in-line position into an offset in bytes from the start of <paramref name="json"/>.</summary>
    public static long Of(ReadOnlySpan<byte> json, JsonException e)
    {
        long lineStart = 0;
        for (long line = 0; line < e.LineNumber; line++)
        {
            int newline = json[(int)lineStart..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            lineStart += newline + 1;
        }

        return lineStart + (e.BytePositionInLine ?? 0);
    }
}
