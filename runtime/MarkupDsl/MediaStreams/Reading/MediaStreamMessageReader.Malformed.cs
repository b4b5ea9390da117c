using System;
using System.Text;
using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>
    /// Makes the event of a message that could not be read, with what was read of it before the fault, and hands back
    /// the pooled media event it had rented.
    /// </summary>
    private MalformedMessageEvent Malformed(FieldException fault, MessageField kind, string? unknownName, ref Fields fields)
    {
        if (fields.Media is not null)
        {
            _pool?.Return(fields.Media);
            fields.Media = null;
        }

        string? eventName = kind == MessageField.Other ? unknownName : MessageFieldNames.NameOf(kind);
        return new MalformedMessageEvent(fault.Reason, fault.Message, fault.Path, fault.Position, eventName, fields.SequenceNumber, fields.StreamSid);
    }

    private static FieldException WrongType(ref Utf8JsonReader reader, string? path, string expected)
    {
        string found = reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => $"the string \"{Shorten(Text(ref reader))}\"",
            JsonTokenType.Number => $"the number {Shorten(Encoding.UTF8.GetString(reader.ValueSpan))}",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => "null",
        };
        return new FieldException(MalformedMessageReason.WrongType, $"expected {expected}, found {found}", path, reader.TokenStartIndex);

        static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

        // A string whose escapes do not make valid UTF-16 is shown as sent.
        static string Text(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                return Encoding.UTF8.GetString(reader.ValueSpan);
            }
        }
    }

    /// <summary>A fault in a message, with its kind and place; turned into a <see cref="MalformedMessageEvent"/>.</summary>
    private sealed class FieldException(MalformedMessageReason reason, string message, string? path, long position) : Exception(message)
    {
        public MalformedMessageReason Reason { get; } = reason;

        public string? Path { get; } = path;

        public long Position { get; } = position;
    }
}
