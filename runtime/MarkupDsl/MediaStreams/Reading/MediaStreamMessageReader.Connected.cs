using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>Reads a <c>connected</c>'s top-level <c>protocol</c> (Twilio, SignalWire) or <c>version</c> (all; SignalWire says 0.2.0).</summary>
    private static void ReadConnected(MessageField field, ref Utf8JsonReader reader, ref Fields fields)
    {
        if (field == MessageField.Protocol)
        {
            fields.Protocol = ReadString(ref reader, "protocol");
        }
        else
        {
            fields.Version = ReadString(ref reader, "version");
        }
    }

    private static ConnectedEvent MakeConnected(ref Fields fields) => new(fields.Protocol, fields.Version);
}
