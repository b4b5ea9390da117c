using System;
using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>Makes the event of a message whose <c>event</c> this reader does not know, once it is known to be JSON.</summary>
    private static UnknownEvent ReadUnknown(ReadOnlySpan<byte> json, string eventName)
    {
        // Only check that the whole message is JSON: its fields belong to a protocol this reader does not know.
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
        }

        return new UnknownEvent(eventName, json.ToArray());
    }
}
