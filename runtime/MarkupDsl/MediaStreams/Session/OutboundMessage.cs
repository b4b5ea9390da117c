using System.Threading.Tasks;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// One message waiting in a session's send queue: a 20 ms frame of encoded audio or a Telnyx MP3 file in a pooled
/// buffer, a mark, a clear or a SignalWire dtmf. <see cref="Generation"/> is the playback generation it was queued
/// in: a clear since then drops audio and marks unsent.
/// </summary>
internal readonly record struct OutboundMessage(
    OutboundKind Kind,
    PlaybackGeneration Generation,
    byte[]? Audio = null,
    int AudioLength = 0,
    PendingMark? Mark = null,
    char Digit = default,
    TaskCompletionSource? Sent = null);
