namespace MarkupDsl.MediaStreams;

/// <summary>
/// The fields <see cref="MediaStreamMessageReader"/> knows, at any depth and in either spelling (camelCase or
/// snake_case where the two mean the same), so that each name is matched once per property. An event's name is also
/// the name of its body (<c>"event":"media"</c> carries <c>"media":{...}</c>), so the same values name the events.
/// The name each dialect sends for each field is in <see cref="MessageFieldNames"/>.
/// </summary>
internal enum MessageField : byte
{
    Other,
    Event,
    SequenceNumber,
    StreamSid,
    StreamId,
    Connected,
    Start,
    Media,
    Dtmf,
    Mark,
    Stop,
    Error,
    Payload,
    Protocol,
    Version,
    OccurredAt,
    Track,
    Chunk,
    Timestamp,
    Digit,
    Duration,
    Name,
    AccountSid,
    CallSid,
    CallControlId,
    Tracks,
    MediaFormat,
    Encoding,
    SampleRate,
    Channels,
    CustomParameters,
    Code,
    Title,
    Detail,
}
