using System.Text.Json;

namespace MarkupDsl.MediaStreams;

public sealed partial class MediaStreamMessageReader
{
    /// <summary>
    /// Reads a Telnyx error's body: <c>payload</c>, or <c>error</c> in the older form, each with <c>code</c> (a number
    /// or a string of digits), <c>title</c> and <c>detail</c>. Twilio and SignalWire send no error on the socket.
    /// </summary>
    private static void ReadError(MessageField body, ref Utf8JsonReader reader, ref Fields fields)
    {
        fields.SnakeCase = true;
        bool older = body == MessageField.Error;
        if (!StartObject(ref reader, older ? "error" : "payload"))
        {
            return;
        }

        while (NextProperty(ref reader))
        {
            switch (FieldOf(ref reader))
            {
                case MessageField.Code:
                    fields.ErrorCode = ReadInteger(ref reader, older ? "error.code" : "payload.code");
                    break;
                case MessageField.Title:
                    fields.ErrorTitle = ReadString(ref reader, older ? "error.title" : "payload.title");
                    break;
                case MessageField.Detail:
                    fields.ErrorDetail = ReadString(ref reader, older ? "error.detail" : "payload.detail");
                    break;
                default:
                    SkipValue(ref reader);
                    break;
            }
        }
    }

    private static ErrorEvent MakeError(ref Fields fields) =>
        new(fields.SequenceNumber, fields.StreamSid, fields.ErrorCode, fields.ErrorTitle, fields.ErrorDetail);
}
