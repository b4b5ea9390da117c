using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>
    /// Reads the <c>stop</c> body: Twilio's <c>accountSid</c> and <c>callSid</c>, Telnyx's <c>user_id</c> and
    /// <c>call_control_id</c>; SignalWire may send none.
    /// </summary>
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

    private static StopEvent MakeStop(ref Fields fields) => new(fields.SequenceNumber, fields.StreamSid, fields.AccountSid, fields.CallSid);
}
