using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MarkupDsl.Audio;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Parses the messages Twilio, Telnyx and SignalWire (cXML) send on a Media Streams WebSocket (<c>connected</c>,
/// <c>start</c>, <c>media</c>, <c>dtmf</c>, <c>mark</c>, <c>stop</c>, Telnyx <c>error</c>) from UTF-8 JSON,
/// leniently: camelCase or snake_case names, counters as strings or numbers, fields in any order, unknown fields
/// skipped, unknown events returned as <see cref="UnknownEvent"/>. A message that cannot be read becomes a
/// <see cref="MalformedMessageEvent"/> saying what and where; nothing throws.
/// </summary>
/// <remarks>
/// One instance per stream and not thread-safe: it remembers the stream id so that the string is not allocated
/// again for every frame, the provider (<see cref="Provider"/>) and the announced <see cref="MediaFormat"/>, by
/// which it decodes each payload to <see cref="MediaEvent.Samples"/>. Sources: Twilio, "Media Streams - WebSocket
/// Messages"; Telnyx, "Media Streaming"; SignalWire, "cXML Stream".
/// </remarks>
public sealed class MediaStreamMessageReader
{
    private readonly MediaEventPool? _pool;
    private string? _streamSid;
    private byte[] _streamSidUtf8 = [];
    private MediaFormat? _format;
    private bool _signalWireVersion;

    /// <summary>Creates a reader for one stream.</summary>
    /// <param name="provider">The provider when the application knows it; <see cref="MediaStreamProvider.Unknown"/> (the default) to detect it from the first frames.</param>
    public MediaStreamMessageReader(MediaStreamProvider provider = MediaStreamProvider.Unknown)
    {
        Provider = provider;
    }

    /// <summary>Creates a reader whose <see cref="MediaEvent"/>s come from <paramref name="pool"/>, to be returned there.</summary>
    internal MediaStreamMessageReader(MediaStreamProvider provider, MediaEventPool pool)
        : this(provider)
    {
        _pool = pool;
    }

    /// <summary>
    /// The provider: as stated at construction, else detected from the first <c>connected</c> or <c>start</c>
    /// (<see cref="MediaStreamProvider.Unknown"/> until then).
    /// </summary>
    public MediaStreamProvider Provider { get; private set; }

    private enum EventKind
    {
        Unknown,
        Connected,
        Start,
        Media,
        Dtmf,
        Mark,
        Stop,
        Error,
    }

    /// <summary>Parses one complete message.</summary>
    /// <param name="utf8Json">The whole text of one WebSocket message, as UTF-8.</param>
    /// <returns>The typed event, an <see cref="UnknownEvent"/>, or a <see cref="MalformedMessageEvent"/>; never null.</returns>
    public MediaStreamEvent Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            EventKind kind = FindEvent(ref reader, out string? unknownName, out bool first);
            if (kind == EventKind.Unknown)
            {
                return ReadUnknown(utf8Json, unknownName!);
            }

            // An "event" that came first leaves the reader where the main pass starts; else start over.
            if (!first)
            {
                reader = new Utf8JsonReader(utf8Json);
                reader.Read();
            }

            return ReadKnown(ref reader, kind);
        }
        catch (JsonException e)
        {
            return new MalformedMessageEvent(e.Message, null, PositionOf(utf8Json, e));
        }
        catch (FieldException e)
        {
            return new MalformedMessageEvent(e.Message, e.Path, e.Position);
        }
    }

    // The "event" field usually comes first, so this costs a few tokens; when it does not, the scan skips ahead to it
    // so that the main pass knows which nested object to read and which to skip unread.
    private static EventKind FindEvent(ref Utf8JsonReader reader, out string? unknownName, out bool first)
    {
        unknownName = null;
        first = true;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType(ref reader, null, "a JSON object");
        }

        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("event"u8))
            {
                first = false;
                reader.Read();
                reader.Skip();
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw WrongType(ref reader, "event", "a string");
            }

            EventKind kind =
                reader.ValueTextEquals("media"u8) ? EventKind.Media :
                reader.ValueTextEquals("mark"u8) ? EventKind.Mark :
                reader.ValueTextEquals("dtmf"u8) ? EventKind.Dtmf :
                reader.ValueTextEquals("start"u8) ? EventKind.Start :
                reader.ValueTextEquals("stop"u8) ? EventKind.Stop :
                reader.ValueTextEquals("connected"u8) ? EventKind.Connected :
                reader.ValueTextEquals("error"u8) ? EventKind.Error :
                EventKind.Unknown;
            if (kind == EventKind.Unknown)
            {
                unknownName = GetString(ref reader, "event");
            }

            return kind;
        }

        throw new FieldException("the message has no 'event' field", null, reader.TokenStartIndex);
    }

    private static UnknownEvent ReadUnknown(ReadOnlySpan<byte> json, string eventName)
    {
        // Only check that the whole message is JSON: its fields belong to a protocol this reader does not know.
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
        }

        return new UnknownEvent(eventName, json.ToArray());
    }

    private MediaStreamEvent ReadKnown(ref Utf8JsonReader reader, EventKind kind)
    {
        var fields = default(Fields);
        try
        {
            return ReadKnown(ref reader, kind, ref fields);
        }
        catch
        {
            if (fields.Media is not null)
            {
                _pool?.Return(fields.Media);
            }

            throw;
        }
    }

    private MediaStreamEvent ReadKnown(ref Utf8JsonReader reader, EventKind kind, ref Fields fields)
    {
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("sequenceNumber"u8) || reader.ValueTextEquals("sequence_number"u8))
            {
                fields.SequenceNumber = ReadInteger(ref reader, "sequenceNumber");
            }
            else if (reader.ValueTextEquals("streamSid"u8))
            {
                fields.StreamSid = ReadStreamSid(ref reader, "streamSid");
            }
            else if (reader.ValueTextEquals("stream_id"u8))
            {
                fields.SnakeCase = true;
                fields.StreamSid = ReadStreamSid(ref reader, "stream_id");
            }
            else if (kind == EventKind.Error && (reader.ValueTextEquals("payload"u8) || reader.ValueTextEquals("error"u8)))
            {
                ReadError(ref reader, ref fields);
            }
            else if (kind == EventKind.Connected && reader.ValueTextEquals("protocol"u8))
            {
                fields.Protocol = ReadString(ref reader, "protocol");
            }
            else if (kind == EventKind.Connected && reader.ValueTextEquals("version"u8))
            {
                fields.Version = ReadString(ref reader, "version");
            }
            else if (kind == EventKind.Start && reader.ValueTextEquals("start"u8))
            {
                ReadStart(ref reader, ref fields);
            }
            else if (kind == EventKind.Media && reader.ValueTextEquals("media"u8))
            {
                ReadMedia(ref reader, ref fields);
            }
            else if (kind == EventKind.Dtmf && reader.ValueTextEquals("occurred_at"u8))
            {
                fields.SnakeCase = true;
                reader.Read();
                reader.Skip();
            }
            else if (kind == EventKind.Dtmf && reader.ValueTextEquals("dtmf"u8))
            {
                ReadStrings(ref reader, "dtmf", "digit"u8, "dtmf.digit", ref fields.Digit, "track"u8, "dtmf.track", ref fields.Track);
            }
            else if (kind == EventKind.Mark && reader.ValueTextEquals("mark"u8))
            {
                ReadStrings(ref reader, "mark", "name"u8, "mark.name", ref fields.Name, default, "", ref fields.Name);
            }
            else if (kind == EventKind.Stop && reader.ValueTextEquals("stop"u8))
            {
                ReadStrings(ref reader, "stop", "accountSid"u8, "stop.accountSid", ref fields.AccountSid, "callSid"u8, "stop.callSid", ref fields.CallSid);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // Anything after the closing brace is a syntax error, reported by the reader itself.
        reader.Read();
        Detect(kind, ref fields);
        return kind switch
        {
            EventKind.Connected => new ConnectedEvent(fields.Protocol, fields.Version),
            EventKind.Start => Started(new StartEvent(
                fields.SequenceNumber,
                fields.StreamSid ?? fields.StartStreamSid,
                fields.AccountSid,
                fields.CallSid,
                fields.Tracks ?? (IReadOnlyList<string>)Array.Empty<string>(),
                fields.MediaFormat,
                fields.CustomParameters ?? (IReadOnlyDictionary<string, string>)ReadOnlyDictionary<string, string>.Empty)),
            EventKind.Media => Media(ref fields),
            EventKind.Error => new ErrorEvent(fields.SequenceNumber, fields.StreamSid, fields.Chunk, fields.Name, fields.Digit),
            EventKind.Dtmf => new DtmfEvent(fields.SequenceNumber, fields.StreamSid, fields.Track, fields.Digit),
            EventKind.Mark => new MarkEvent(fields.SequenceNumber, fields.StreamSid, fields.Name),
            _ => new StopEvent(fields.SequenceNumber, fields.StreamSid, fields.AccountSid, fields.CallSid),
        };
    }

    /// <summary>Settles the provider on the first message that tells (see <see cref="MediaStreamProvider"/>).</summary>
    private void Detect(EventKind kind, ref Fields fields)
    {
        if (Provider != MediaStreamProvider.Unknown)
        {
            return;
        }

        if (fields.SnakeCase)
        {
            Provider = MediaStreamProvider.Telnyx;
        }
        else if (kind == EventKind.Connected)
        {
            _signalWireVersion = fields.Version == "0.2.0";
        }
        else if (kind == EventKind.Start)
        {
            // Twilio's SIDs are two letters and 32 hex digits; SignalWire's are UUIDs.
            bool uuid = Guid.TryParseExact(fields.CallSid ?? fields.StreamSid ?? fields.StartStreamSid, "D", out _);
            Provider = _signalWireVersion || uuid ? MediaStreamProvider.SignalWire : MediaStreamProvider.Twilio;
        }
    }

    private StartEvent Started(StartEvent start)
    {
        _format = start.MediaFormat;
        return start;
    }

    /// <summary>Completes a media event: the payload decoded to PCM by the announced codec (mu-law when none was).</summary>
    private MediaEvent Media(ref Fields fields)
    {
        MediaEvent media = fields.Media ?? throw new FieldException("the media message has no payload", "media.payload", fields.MediaPosition);
        fields.Media = null;
        media.SetHeader(fields.SequenceNumber, fields.StreamSid);
        media.Track = fields.Track;
        media.Chunk = fields.Chunk;
        media.Timestamp = fields.Timestamp;
        ReadOnlySpan<byte> payload = media.Payload.Span;
        int samples = 0;
        switch (_format?.Codec ?? MediaCodec.MuLaw)
        {
            case MediaCodec.MuLaw:
                samples = payload.Length;
                MuLaw.Decode(payload, media.SampleBuffer(samples)[..samples]);
                break;
            case MediaCodec.ALaw:
                samples = payload.Length;
                ALaw.Decode(payload, media.SampleBuffer(samples)[..samples]);
                break;
            case MediaCodec.L16:
                samples = payload.Length / 2;
                L16.Decode(payload[..(2 * samples)], media.SampleBuffer(samples)[..samples]);
                break;
        }

        media.SetLengths(payload.Length, samples);
        return media;
    }

    /// <summary>Reads Telnyx's <c>payload</c> or older <c>error</c> object: code (number or string), title, detail.</summary>
    private static void ReadError(ref Utf8JsonReader reader, ref Fields fields)
    {
        fields.SnakeCase = true;
        if (!StartObject(ref reader, "payload"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("code"u8))
            {
                fields.Chunk = ReadInteger(ref reader, "payload.code");
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                fields.Name = ReadString(ref reader, "payload.title");
            }
            else if (reader.ValueTextEquals("detail"u8))
            {
                fields.Digit = ReadString(ref reader, "payload.detail");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    private void ReadStart(ref Utf8JsonReader reader, ref Fields fields)
    {
        if (!StartObject(ref reader, "start"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("accountSid"u8) || reader.ValueTextEquals("user_id"u8))
            {
                fields.AccountSid = ReadString(ref reader, "start.accountSid");
            }
            else if (reader.ValueTextEquals("callSid"u8))
            {
                fields.CallSid = ReadString(ref reader, "start.callSid");
            }
            else if (reader.ValueTextEquals("call_control_id"u8))
            {
                fields.SnakeCase = true;
                fields.CallSid = ReadString(ref reader, "start.call_control_id");
            }
            else if (reader.ValueTextEquals("streamSid"u8))
            {
                fields.StartStreamSid = ReadStreamSid(ref reader, "start.streamSid");
            }
            else if (reader.ValueTextEquals("tracks"u8))
            {
                fields.Tracks = ReadTracks(ref reader);
            }
            else if (reader.ValueTextEquals("mediaFormat"u8) || reader.ValueTextEquals("media_format"u8))
            {
                fields.MediaFormat = ReadMediaFormat(ref reader);
            }
            else if (reader.ValueTextEquals("customParameters"u8) || reader.ValueTextEquals("custom_parameters"u8))
            {
                fields.CustomParameters = ReadCustomParameters(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
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
            if (reader.ValueTextEquals("encoding"u8))
            {
                encoding = ReadString(ref reader, "start.mediaFormat.encoding");
            }
            else if (reader.ValueTextEquals("sampleRate"u8) || reader.ValueTextEquals("sample_rate"u8))
            {
                sampleRate = ReadInt32(ref reader, "start.mediaFormat.sampleRate");
            }
            else if (reader.ValueTextEquals("channels"u8))
            {
                channels = ReadInt32(ref reader, "start.mediaFormat.channels");
            }
            else
            {
                reader.Read();
                reader.Skip();
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

    private void ReadMedia(ref Utf8JsonReader reader, ref Fields fields)
    {
        fields.MediaPosition = reader.TokenStartIndex;
        if (!StartObject(ref reader, "media"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("payload"u8))
            {
                ReadPayload(ref reader, ref fields);
            }
            else if (reader.ValueTextEquals("track"u8))
            {
                reader.Read();
                fields.Track = reader.TokenType == JsonTokenType.Null ? null : TrackName(ref reader, "media.track");
            }
            else if (reader.ValueTextEquals("chunk"u8))
            {
                fields.Chunk = ReadInteger(ref reader, "media.chunk");
            }
            else if (reader.ValueTextEquals("timestamp"u8))
            {
                fields.Timestamp = ReadInteger(ref reader, "media.timestamp");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>Decodes the base64 payload into the (pooled) event's own buffer.</summary>
    private void ReadPayload(ref Utf8JsonReader reader, ref Fields fields)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongType(ref reader, "media.payload", "a base64 string");
        }

        byte[]? unescaped = null;
        try
        {
            ReadOnlySpan<byte> base64 = reader.ValueSpan;
            if (reader.ValueIsEscaped)
            {
                unescaped = ArrayPool<byte>.Shared.Rent(base64.Length);
                base64 = unescaped.AsSpan(0, reader.CopyString(unescaped));
            }

            fields.Media ??= _pool?.Rent() ?? new MediaEvent();
            Span<byte> payload = fields.Media.PayloadBuffer(Base64.GetMaxDecodedFromUtf8Length(base64.Length));
            OperationStatus status = Base64.DecodeFromUtf8(base64, payload, out int consumed, out int written);
            if (status != OperationStatus.Done)
            {
                // Past the opening quote; within an escaped string the offset is only known up to the string's start.
                long position = reader.TokenStartIndex + 1 + (unescaped is null ? consumed : 0);
                throw new FieldException($"not valid base64 ({status} after {consumed} characters)", "media.payload", position);
            }

            fields.Media.SetLengths(written, 0);
        }
        finally
        {
            if (unescaped is not null)
            {
                ArrayPool<byte>.Shared.Return(unescaped);
            }
        }
    }

    /// <summary>Reads an object whose members of interest are one or two strings, skipping the rest.</summary>
    private static void ReadStrings(
        ref Utf8JsonReader reader,
        string path,
        ReadOnlySpan<byte> first,
        string firstPath,
        ref string? firstValue,
        ReadOnlySpan<byte> second,
        string secondPath,
        ref string? secondValue)
    {
        if (!StartObject(ref reader, path))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(first))
            {
                firstValue = ReadString(ref reader, firstPath);
            }
            else if (!second.IsEmpty && reader.ValueTextEquals(second))
            {
                secondValue = ReadString(ref reader, secondPath);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

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

        return reader.ValueTextEquals("inbound"u8) ? MediaTrack.Inbound
            : reader.ValueTextEquals("outbound"u8) ? MediaTrack.Outbound
            : GetString(ref reader, path);
    }

    private static int ReadInt32(ref Utf8JsonReader reader, string path)
    {
        long value = ReadInteger(ref reader, path);
        return value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw new FieldException($"{value} is out of range", path, reader.TokenStartIndex);
    }

    /// <summary>Reads a counter sent as a number (<c>4</c>) or as a decimal string (<c>"4"</c>); null reads as 0.</summary>
    private static long ReadInteger(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
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

    private static string GetString(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader checks the UTF-8 of a string only when transcoding it.
            throw new FieldException(e.Message, path, reader.TokenStartIndex);
        }
    }

    private static FieldException WrongType(ref Utf8JsonReader reader, string? path, string expected)
    {
        string found = reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => $"the string \"{Shorten(reader.GetString()!)}\"",
            JsonTokenType.Number => $"the number {Shorten(Encoding.UTF8.GetString(reader.ValueSpan))}",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => "null",
        };
        return new FieldException($"expected {expected}, found {found}", path, reader.TokenStartIndex);

        static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
    }

    /// <summary>Turns the reader's line and in-line position into an offset from the start of the message.</summary>
    private static long PositionOf(ReadOnlySpan<byte> json, JsonException e)
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

    /// <summary>The fields of any known message, filled in whatever order they arrive.</summary>
    private struct Fields
    {
        public long SequenceNumber;
        public string? StreamSid;
        public string? Protocol;
        public string? Version;
        public string? AccountSid;
        public string? CallSid;
        public string? StartStreamSid;
        public List<string>? Tracks;
        public MediaFormat? MediaFormat;
        public Dictionary<string, string>? CustomParameters;
        public string? Track;
        public long Chunk; // also an error's code
        public long Timestamp;
        public MediaEvent? Media;
        public bool SnakeCase;
        public long MediaPosition;
        public string? Digit; // also an error's detail
        public string? Name; // also an error's title
    }

    /// <summary>A field that is present but unusable; turned into a <see cref="MalformedMessageEvent"/>.</summary>
    private sealed class FieldException(string message, string? path, long position) : Exception(message)
    {
        public string? Path { get; } = path;

        public long Position { get; } = position;
    }
}
