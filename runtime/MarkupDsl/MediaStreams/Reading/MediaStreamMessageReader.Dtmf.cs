using System;
using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>Reads the <c>dtmf</c> body, or Telnyx's top-level <c>occurred_at</c> beside it.</summary>
    private static void ReadDtmf(MessageField field, ref Utf8JsonReader reader, ref Fields fields)
    {
        if (field == MessageField.OccurredAt)
        {
            fields.SnakeCase = true;
            fields.OccurredAt = ReadDateTime(ref reader, "occurred_at");
        }
        else
        {
            ReadDtmfBody(ref reader, ref fields);
        }
    }

    /// <summary>Reads <c>dtmf</c>: <c>digit</c>, <c>track</c> (Twilio), <c>duration</c> in milliseconds (SignalWire).</summary>
    private static void ReadDtmfBody(ref Utf8JsonReader reader, ref Fields fields)
    {
        if (!StartObject(ref reader, "dtmf"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            switch (FieldOf(ref reader))
            {
                case MessageField.Digit:
                    fields.Digit = ReadString(ref reader, "dtmf.digit");
                    break;
                case MessageField.Track:
                    fields.Track = ReadString(ref reader, "dtmf.track");
                    break;
                case MessageField.Duration:
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        fields.Duration = TimeSpan.FromMilliseconds(IntegerValue(ref reader, "dtmf.duration"));
                    }

                    break;
                default:
                    SkipValue(ref reader);
                    break;
            }
        }
    }

    /// <summary>Reads a date and time in ISO 8601 (Telnyx's <c>occurred_at</c>, e.g. <c>2025-06-05T08:54:19.698408Z</c>); null reads as absent.</summary>
    private static DateTimeOffset? ReadDateTime(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out DateTimeOffset value))
        {
            return value;
        }

        throw WrongType(ref reader, path, "an ISO 8601 date and time");
    }

    private static DtmfEvent MakeDtmf(ref Fields fields) =>
        new(fields.SequenceNumber, fields.StreamSid, fields.Track, fields.Digit, fields.Duration, fields.OccurredAt);
}
