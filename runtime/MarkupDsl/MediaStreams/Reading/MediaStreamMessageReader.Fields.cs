using System;
using System.Collections.Generic;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>
    /// The fields of any known message, filled in whatever order they arrive; each event is made from its own group
    /// once the message has been read to its end.
    /// </summary>
    private struct Fields
    {
        // Every message.
        public long SequenceNumber;
        public string? StreamSid;

        /// <summary>A name only Telnyx sends was seen (stream_id, call_control_id, occurred_at, an error).</summary>
        public bool SnakeCase;

        // connected
        public string? Protocol;
        public string? Version;

        // start and stop
        public string? AccountSid;
        public string? CallSid;
        public string? StartStreamSid;
        public List<string>? Tracks;
        public MediaFormat? MediaFormat;
        public Dictionary<string, string>? CustomParameters;

        // media and dtmf
        public string? Track;

        // media
        public MediaEvent? Media;
        public long MediaPosition;
        public int PayloadLength;
        public long Chunk;
        public long Timestamp;

        // dtmf
        public string? Digit;
        public TimeSpan? Duration;
        public DateTimeOffset? OccurredAt;

        // mark
        public string? MarkName;

        // error
        public long ErrorCode;
        public string? ErrorTitle;
        public string? ErrorDetail;
    }
}
