using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>Which known name the current property name (or string value) is; escaped text is unescaped first.</summary>
    private static MessageField FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? EscapedFieldOf(ref reader) : MessageFieldNames.Find(reader.ValueSpan);

    private static MessageField EscapedFieldOf(ref Utf8JsonReader reader)
    {
        // Unescaping never lengthens the text, and no known name is longer than 17 bytes.
        Span<byte> name = stackalloc byte[128];
        if (reader.ValueSpan.Length > name.Length)
        {
            return MessageField.Other;
        }

        return MessageFieldNames.Find(name[..CopyString(ref reader, name, null)]);
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Skips the value of the property the reader is on: a field this reader does not use.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Moves onto the value of a property that must be an object; false (and nothing to read) for null.</summary>
    private static bool StartObject(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType(ref reader, path, "an object");
        }

        return true;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => GetString(ref reader, path),
            JsonTokenType.Null => null,
            _ => throw WrongType(ref reader, path, "a string"),
        };
    }

    /// <summary>Reads a stream id, returning the remembered string while the id stays the same (every frame, in practice).</summary>
    private string? ReadStreamSid(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && _streamSid is not null && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(_streamSidUtf8))
        {
            return _streamSid;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                _streamSid = GetString(ref reader, path);
                _streamSidUtf8 = Encoding.UTF8.GetBytes(_streamSid);
                return _streamSid;
            case JsonTokenType.Null:
                return null;
            default:
                throw WrongType(ref reader, path, "a string");
        }
    }

    /// <summary>Returns the shared <see cref="MediaTrack"/> constant for the usual names.</summary>
    private static string TrackName(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongType(ref reader, path, "a string");
        }

        if (!reader.ValueIsEscaped)
        {
            ReadOnlySpan<byte> name = reader.ValueSpan;
            if (name.SequenceEqual("inbound"u8))
            {
                return MediaTrack.Inbound;
            }

            if (name.SequenceEqual("outbound"u8))
            {
                return MediaTrack.Outbound;
            }
        }

        return GetString(ref reader, path);
    }

    private static int ReadInt32(ref Utf8JsonReader reader, string path)
    {
        long value = ReadInteger(ref reader, path);
        return value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw new FieldException(MalformedMessageReason.OutOfRange, $"{value} is out of range", path, reader.TokenStartIndex);
    }

    /// <summary>Reads a counter sent as a number (<c>4</c>) or as a decimal string (<c>"4"</c>); null reads as 0.</summary>
    private static long ReadInteger(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        return IntegerValue(ref reader, path);
    }

    /// <summary>The current token as a counter: a number, a decimal string, or null (0).</summary>
    private static long IntegerValue(ref Utf8JsonReader reader, string path)
    {
        long value;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out value):
                return value;
            case JsonTokenType.String when !reader.ValueIsEscaped:
                if (Utf8Parser.TryParse(reader.ValueSpan, out value, out int consumed) && consumed == reader.ValueSpan.Length)
                {
                    return value;
                }

                break;
            case JsonTokenType.String:
                if (long.TryParse(GetString(ref reader, path), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
                {
                    return value;
                }

                break;
            case JsonTokenType.Null:
                return 0;
        }

        throw WrongType(ref reader, path, "an integer (a number or a string of digits)");
    }

    /// <summary>Unescapes the current string into <paramref name="destination"/>; its length.</summary>
    private static int CopyString(ref Utf8JsonReader reader, scoped Span<byte> destination, string? path)
    {
        try
        {
            return reader.CopyString(destination);
        }
        catch (InvalidOperationException e)
        {
            // An escape that makes invalid UTF-16, such as a lone surrogate.
            throw new FieldException(MalformedMessageReason.InvalidText, e.Message, path, reader.TokenStartIndex);
        }
    }

    private static string GetString(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader checks the UTF-8 of a string only when transcoding it.
            throw new FieldException(MalformedMessageReason.InvalidText, e.Message, path, reader.TokenStartIndex);
        }
    }
}
