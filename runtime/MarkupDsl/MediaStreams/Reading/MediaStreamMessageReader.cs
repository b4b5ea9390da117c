using System;
using System.Text.Json;
using MarkupDsl.Buffers;

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
public sealed partial class MediaStreamMessageReader
{
    // This part reads the envelope (the event and the members every message has) and hands each body to the part
    // named after its message (MediaStreamMessageReader.Start.cs, ...); .Values.cs reads the values of fields.
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
        // Declared out here so that a malformed message still reports what was read before the fault.
        var fields = default(Fields);
        MessageField kind = MessageField.Other;
        string? unknownName = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            kind = FindEvent(ref reader, out unknownName, out bool first);
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

            return ReadKnown(ref reader, kind, ref fields);
        }
        catch (JsonException e)
        {
            var fault = new FieldException(MalformedMessageReason.InvalidJson, e.Message, null, JsonErrorPosition.Of(utf8Json, e));
            return Malformed(fault, kind, unknownName, ref fields);
        }
        catch (FieldException e)
        {
            return Malformed(e, kind, unknownName, ref fields);
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

        throw new FieldException(MalformedMessageReason.MissingEvent, "the message has no 'event' field", null, reader.TokenStartIndex);
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
                case MessageField.Protocol or MessageField.Version when kind == MessageField.Connected:
                    ReadConnected(field, ref reader, ref fields);
                    break;
                case MessageField.Start when kind == MessageField.Start:
                    ReadStart(ref reader, ref fields);
                    break;
                case MessageField.Dtmf or MessageField.OccurredAt when kind == MessageField.Dtmf:
                    ReadDtmf(field, ref reader, ref fields);
                    break;
                case MessageField.Mark when kind == MessageField.Mark:
                    ReadMark(ref reader, ref fields);
                    break;
                case MessageField.Stop when kind == MessageField.Stop:
                    ReadStop(ref reader, ref fields);
                    break;
                case MessageField.Payload or MessageField.Error when kind == MessageField.Error:
                    ReadError(field, ref reader, ref fields);
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
            MessageField.Media => MakeMedia(ref fields),
            MessageField.Connected => MakeConnected(ref fields),
            MessageField.Start => MakeStart(ref fields),
            MessageField.Dtmf => MakeDtmf(ref fields),
            MessageField.Mark => MakeMark(ref fields),
            MessageField.Error => MakeError(ref fields),
            _ => MakeStop(ref fields),
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
}
