using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using MarkupDsl.Audio;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>Reads the <c>media</c> body: <c>track</c>, <c>chunk</c>, <c>timestamp</c> and the base64 <c>payload</c>, the same in every dialect.</summary>
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
                throw new FieldException(MalformedMessageReason.InvalidBase64, $"not valid base64 ({status} after {consumed} characters)", "media.payload", position);
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

    /// <summary>Completes a media event: the payload decoded to PCM by the announced codec (mu-law when none was).</summary>
    private MediaEvent MakeMedia(ref Fields fields)
    {
        MediaEvent media = fields.Media
            ?? throw new FieldException(MalformedMessageReason.MissingPayload, "the media message has no payload", "media.payload", fields.MediaPosition);
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
}
