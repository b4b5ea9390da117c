using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>Reads the <c>mark</c> body: its <c>name</c>, the same in every dialect.</summary>
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
                fields.MarkName = ReadString(ref reader, "mark.name");
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    private static MarkEvent MakeMark(ref Fields fields) => new(fields.SequenceNumber, fields.StreamSid, fields.MarkName);
}
