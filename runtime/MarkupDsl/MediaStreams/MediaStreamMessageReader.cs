using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>Parses one complete message.</summary>
    /// <param name="utf8Json">The whole text of one WebSocket message, as UTF-8.</param>
    /// <returns>The typed event, an <see cref="UnknownEvent"/>, or a <see cref="MalformedMessageEvent"/>; never null.</returns>
    public MediaStreamEvent Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            MessageField kind = FindEvent(ref reader, out string? unknownName, out bool first);
            if (kind == MessageField.Other)
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
    private static MessageField FindEvent(ref Utf8JsonReader reader, out string? unknownName, out bool first)
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
            if (FieldOf(ref reader) != MessageField.Event)
            {
                first = false;
                SkipValue(ref reader);
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw WrongType(ref reader, "event", "a string");
            }

            MessageField kind = FieldOf(ref reader);
            if (kind is not (MessageField.Media or MessageField.Mark or MessageField.Dtmf or MessageField.Start
                or MessageField.Stop or MessageField.Connected or MessageField.Error))
            {
                unknownName = GetString(ref reader, "event");
                return MessageField.Other;
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

    private MediaStreamEvent ReadKnown(ref Utf8JsonReader reader, MessageField kind)
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

    /// <summary>Reads the top-level members; <paramref name="kind"/> (the event) says which body to read, the others are skipped.</summary>
    private MediaStreamEvent ReadKnown(ref Utf8JsonReader reader, MessageField kind, ref Fields fields)
    {
        while (NextProperty(ref reader))
        {
            MessageField field = FieldOf(ref reader);
            switch (field)
            {
                case MessageField.SequenceNumber:
                    fields.SequenceNumber = ReadInteger(ref reader, "sequenceNumber");
                    break;
                case MessageField.StreamSid:
                    fields.StreamSid = ReadStreamSid(ref reader, "streamSid");
                    break;
                case MessageField.StreamId:
                    fields.SnakeCase = true;
                    fields.StreamSid = ReadStreamSid(ref reader, "stream_id");
                    break;
                case MessageField.Media when kind == MessageField.Media:
                    ReadMedia(ref reader, ref fields);
                    break;
                case MessageField.Payload or MessageField.Error when kind == MessageField.Error:
                    ReadError(ref reader, ref fields);
                    break;
                case MessageField.Protocol when kind == MessageField.Connected:
                    fields.Protocol = ReadString(ref reader, "protocol");
                    break;
                case MessageField.Version when kind == MessageField.Connected:
                    fields.Version = ReadString(ref reader, "version");
                    break;
                case MessageField.Start when kind == MessageField.Start:
                    ReadStart(ref reader, ref fields);
                    break;
                case MessageField.OccurredAt when kind == MessageField.Dtmf:
                    fields.SnakeCase = true;
                    fields.OccurredAt = ReadDateTime(ref reader, "occurred_at");
                    break;
                case MessageField.Dtmf when kind == MessageField.Dtmf:
                    ReadDtmf(ref reader, ref fields);
                    break;
                case MessageField.Mark when kind == MessageField.Mark:
                    ReadMark(ref reader, ref fields);
                    break;
                case MessageField.Stop when kind == MessageField.Stop:
                    ReadStop(ref reader, ref fields);
                    break;
                default:
                    SkipValue(ref reader);
                    break;
            }
        }

        // Anything after the closing brace is a syntax error, reported by the reader itself.
        reader.Read();
        Detect(kind, ref fields);
        return kind switch
        {
            MessageField.Connected => new ConnectedEvent(fields.Protocol, fields.Version),
            MessageField.Start => Started(new StartEvent(
                fields.SequenceNumber,
                fields.StreamSid ?? fields.StartStreamSid,
                fields.AccountSid,
                fields.CallSid,
                fields.Tracks ?? (IReadOnlyList<string>)Array.Empty<string>(),
                fields.MediaFormat,
                fields.CustomParameters ?? (IReadOnlyDictionary<string, string>)ReadOnlyDictionary<string, string>.Empty)),
            MessageField.Media => Media(ref fields),
            MessageField.Error => new ErrorEvent(fields.SequenceNumber, fields.StreamSid, fields.Chunk, fields.Name, fields.Digit),
            MessageField.Dtmf => new DtmfEvent(fields.SequenceNumber, fields.StreamSid, fields.Track, fields.Digit, fields.Duration, fields.OccurredAt),
            MessageField.Mark => new MarkEvent(fields.SequenceNumber, fields.StreamSid, fields.Name),
            _ => new StopEvent(fields.SequenceNumber, fields.StreamSid, fields.AccountSid, fields.CallSid),
        };
    }

    /// <summary>Settles the provider on the first message that tells (see <see cref="MediaStreamProvider"/>).</summary>
    private void Detect(MessageField kind, ref Fields fields)
    {
        if (Provider != MediaStreamProvider.Unknown)
        {
            return;
        }

        if (fields.SnakeCase)
        {
            Provider = MediaStreamProvider.Telnyx;
        }
        else if (kind == MessageField.Connected)
        {
            _signalWireVersion = fields.Version == "0.2.0";
        }
        else if (kind == MessageField.Start)
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
        media.SetHeader(fields.SequenceNumber, fields.StreamSid, fields.Track, fields.Chunk, fields.Timestamp);
        ReadOnlySpan<byte> payload = media.PayloadBuffer(fields.PayloadLength)[..fields.PayloadLength];
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
            switch (FieldOf(ref reader))
            {
                case MessageField.Code:
                    fields.Chunk = ReadInteger(ref reader, "payload.code");
                    break;
                case MessageField.Title:
                    fields.Name = ReadString(ref reader, "payload.title");
                    break;
                case MessageField.Detail:
                    fields.Digit = ReadString(ref reader, "payload.detail");
                    break;
                default:
                    SkipValue(ref reader);
                    break;
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

    private void ReadMedia(ref Utf8JsonReader reader, ref Fields fields)
    {
        fields.MediaPosition = reader.TokenStartIndex;
        if (!StartObject(ref reader, "media"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            switch (FieldOf(ref reader))
            {
                case MessageField.Payload:
                    ReadPayload(ref reader, ref fields);
                    break;
                case MessageField.Track:
                    reader.Read();
                    fields.Track = reader.TokenType == JsonTokenType.Null ? null : TrackName(ref reader, "media.track");
                    break;
                case MessageField.Chunk:
                    fields.Chunk = ReadInteger(ref reader, "media.chunk");
                    break;
                case MessageField.Timestamp:
                    fields.Timestamp = ReadInteger(ref reader, "media.timestamp");
                    break;
                default:
                    SkipValue(ref reader);
                    break;
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
                base64 = unescaped.AsSpan(0, CopyString(ref reader, unescaped, "media.payload"));
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

            fields.PayloadLength = written;
        }
        finally
        {
            if (unescaped is not null)
            {
                ArrayPool<byte>.Shared.Return(unescaped);
            }
        }
    }

    /// <summary>Reads <c>dtmf</c>: <c>digit</c>, <c>track</c> (Twilio), <c>duration</c> in milliseconds (SignalWire).</summary>
    private static void ReadDtmf(ref Utf8JsonReader reader, ref Fields fields)
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

    private static void ReadMark(ref Utf8JsonReader reader, ref Fields fields)
    {
        if (!StartObject(ref reader, "mark"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            if (FieldOf(ref reader) == MessageField.Name)
            {
                fields.Name = ReadString(ref reader, "mark.name");
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    private static void ReadStop(ref Utf8JsonReader reader, ref Fields fields)
    {
        if (!StartObject(ref reader, "stop"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            switch (FieldOf(ref reader))
            {
                case MessageField.AccountSid:
                    fields.AccountSid = ReadString(ref reader, "stop.accountSid");
                    break;
                case MessageField.CallSid:
                    fields.CallSid = ReadString(ref reader, "stop.callSid");
                    break;
                case MessageField.CallControlId:
                    fields.CallSid = ReadString(ref reader, "stop.call_control_id");
                    break;
                default:
                    SkipValue(ref reader);
                    break;
            }
        }
    }

    /// <summary>Which known name the current property name (or string value) is; escaped text is unescaped first.</summary>
    private static MessageField FieldOf(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped ? EscapedFieldOf(ref reader) : FieldOf(reader.ValueSpan);

    private static MessageField EscapedFieldOf(ref Utf8JsonReader reader)
    {
        // Unescaping never lengthens the text, and no known name is longer than 17 bytes.
        Span<byte> name = stackalloc byte[128];
        if (reader.ValueSpan.Length > name.Length)
        {
            return MessageField.Other;
        }

        return FieldOf(name[..CopyString(ref reader, name, null)]);
    }

    /// <summary>Matches a name by its length and first byte, then compares it with the one candidate (or two) left.</summary>
    private static MessageField FieldOf(ReadOnlySpan<byte> name) => name.IsEmpty ? MessageField.Other : (name.Length, name[0]) switch
    {
        (4, (byte)'m') => Is(name, "mark"u8, MessageField.Mark),
        (4, (byte)'d') => Is(name, "dtmf"u8, MessageField.Dtmf),
        (4, (byte)'s') => Is(name, "stop"u8, MessageField.Stop),
        (4, (byte)'n') => Is(name, "name"u8, MessageField.Name),
        (4, (byte)'c') => Is(name, "code"u8, MessageField.Code),
        (5, (byte)'e') => name[1] == 'v' ? Is(name, "event"u8, MessageField.Event) : Is(name, "error"u8, MessageField.Error),
        (5, (byte)'m') => Is(name, "media"u8, MessageField.Media),
        (5, (byte)'t') when name[1] == 'i' => Is(name, "title"u8, MessageField.Title),
        (5, (byte)'d') => Is(name, "digit"u8, MessageField.Digit),
        (5, (byte)'t') => Is(name, "track"u8, MessageField.Track),
        (5, (byte)'c') => Is(name, "chunk"u8, MessageField.Chunk),
        (5, (byte)'s') => Is(name, "start"u8, MessageField.Start),
        (6, (byte)'t') => Is(name, "tracks"u8, MessageField.Tracks),
        (6, (byte)'d') => Is(name, "detail"u8, MessageField.Detail),
        (7, (byte)'p') => Is(name, "payload"u8, MessageField.Payload),
        (7, (byte)'c') => Is(name, "callSid"u8, MessageField.CallSid),
        (7, (byte)'u') => Is(name, "user_id"u8, MessageField.AccountSid),
        (7, (byte)'v') => Is(name, "version"u8, MessageField.Version),
        (8, (byte)'d') => Is(name, "duration"u8, MessageField.Duration),
        (8, (byte)'e') => Is(name, "encoding"u8, MessageField.Encoding),
        (8, (byte)'c') => Is(name, "channels"u8, MessageField.Channels),
        (8, (byte)'p') => Is(name, "protocol"u8, MessageField.Protocol),
        (9, (byte)'t') => Is(name, "timestamp"u8, MessageField.Timestamp),
        (9, (byte)'s') => name[6] == 'S' ? Is(name, "streamSid"u8, MessageField.StreamSid) : Is(name, "stream_id"u8, MessageField.StreamId),
        (9, (byte)'c') => Is(name, "connected"u8, MessageField.Connected),
        (10, (byte)'a') => Is(name, "accountSid"u8, MessageField.AccountSid),
        (10, (byte)'s') => Is(name, "sampleRate"u8, MessageField.SampleRate),
        (11, (byte)'m') => Is(name, "mediaFormat"u8, MessageField.MediaFormat),
        (11, (byte)'s') => Is(name, "sample_rate"u8, MessageField.SampleRate),
        (11, (byte)'o') => Is(name, "occurred_at"u8, MessageField.OccurredAt),
        (12, (byte)'m') => Is(name, "media_format"u8, MessageField.MediaFormat),
        (14, (byte)'s') => Is(name, "sequenceNumber"u8, MessageField.SequenceNumber),
        (15, (byte)'s') => Is(name, "sequence_number"u8, MessageField.SequenceNumber),
        (15, (byte)'c') => Is(name, "call_control_id"u8, MessageField.CallControlId),
        (16, (byte)'c') => Is(name, "customParameters"u8, MessageField.CustomParameters),
        (17, (byte)'c') => Is(name, "custom_parameters"u8, MessageField.CustomParameters),
        _ => MessageField.Other,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static MessageField Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> known, MessageField field) =>
        name.SequenceEqual(known) ? field : MessageField.Other;

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
            throw new FieldException(e.Message, path, reader.TokenStartIndex);
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
            throw new FieldException(e.Message, path, reader.TokenStartIndex);
        }
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
        return new FieldException($"expected {expected}, found {found}", path, reader.TokenStartIndex);

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
        public int PayloadLength;
        public string? Digit; // also an error's detail
        public string? Name; // also an error's title
        public TimeSpan? Duration;
        public DateTimeOffset? OccurredAt;
    }

    /// <summary>A field that is present but unusable; turned into a <see cref="MalformedMessageEvent"/>.</summary>
    private sealed class FieldException(string message, string? path, long position) : Exception(message)
    {
        public string? Path { get; } = path;

        public long Position { get; } = position;
    }
}
