using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>
    /// Reads the <c>start</c> body: the SIDs (Telnyx: <c>user_id</c>, <c>call_control_id</c>), <c>tracks</c>, the media
    /// format and the custom parameters.
    /// </summary>
    private void ReadStart(ref Utf8JsonReader reader, ref Fields fields)
    {
        if (!StartObject(ref reader, "start"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            switch (FieldOf(ref reader))
            {
                case MessageField.AccountSid:
                    fields.AccountSid = ReadString(ref reader, "start.accountSid");
                    break;
                case MessageField.CallSid:
                    fields.CallSid = ReadString(ref reader, "start.callSid");
                    break;
                case MessageField.CallControlId:
                    fields.SnakeCase = true;
                    fields.CallSid = ReadString(ref reader, "start.call_control_id");
                    break;
                case MessageField.StreamSid:
                    fields.StartStreamSid = ReadStreamSid(ref reader, "start.streamSid");
                    break;
                case MessageField.Tracks:
                    fields.Tracks = ReadTracks(ref reader);
                    break;
                case MessageField.MediaFormat:
                    fields.MediaFormat = ReadMediaFormat(ref reader);
                    break;
                case MessageField.CustomParameters:
                    fields.CustomParameters = ReadCustomParameters(ref reader);
                    break;
                default:
                    SkipValue(ref reader);
                    break;
            }
        }
    }

    private static List<string> ReadTracks(ref Utf8JsonReader reader)
    {
        var tracks = new List<string>(2);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return tracks;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongType(ref reader, "start.tracks", "an array of strings");
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw WrongType(ref reader, $"start.tracks[{tracks.Count}]", "a string");
            }

            tracks.Add(TrackName(ref reader, "start.tracks"));
        }

        return tracks;
    }

    private static MediaFormat? ReadMediaFormat(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, "start.mediaFormat"))
        {
            return null;
        }

        string? encoding = null;
        int sampleRate = 0, channels = 0;
        while (NextProperty(ref reader))
        {
            switch (FieldOf(ref reader))
            {
                case MessageField.Encoding:
                    encoding = ReadString(ref reader, "start.mediaFormat.encoding");
                    break;
                case MessageField.SampleRate:
                    sampleRate = ReadInt32(ref reader, "start.mediaFormat.sampleRate");
                    break;
                case MessageField.Channels:
                    channels = ReadInt32(ref reader, "start.mediaFormat.channels");
                    break;
                default:
                    SkipValue(ref reader);
                    break;
            }
        }

        return new MediaFormat(encoding, sampleRate, channels);
    }

    private static Dictionary<string, string>? ReadCustomParameters(ref Utf8JsonReader reader)
    {
        if (!StartObject(ref reader, "start.customParameters"))
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            string name = GetString(ref reader, "start.customParameters");
            reader.Read();
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    parameters[name] = GetString(ref reader, "start.customParameters." + name);
                    break;
                case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                    parameters[name] = Encoding.UTF8.GetString(reader.ValueSpan);
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    throw WrongType(ref reader, "start.customParameters." + name, "a string");
            }
        }

        return parameters;
    }

    /// <summary>Makes the event and keeps its media format, by which the media that follows is decoded.</summary>
    private StartEvent MakeStart(ref Fields fields)
    {
        var start = new StartEvent(
            fields.SequenceNumber,
            fields.StreamSid ?? fields.StartStreamSid,
            fields.AccountSid,
            fields.CallSid,
            fields.Tracks ?? (IReadOnlyList<string>)Array.Empty<string>(),
            fields.MediaFormat,
            fields.CustomParameters ?? (IReadOnlyDictionary<string, string>)ReadOnlyDictionary<string, string>.Empty);
        _format = start.MediaFormat;
        return start;
    }
}
