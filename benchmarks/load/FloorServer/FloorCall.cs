using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace FloorServer;

/// <summary>
/// One Twilio Media Stream on the floor server: for each inbound <c>media</c> message, sends its payload straight back
/// in a <c>media</c> message and then a mark named <c>echo-{chunk}</c>, as samples/VoiceServer does; every other
/// message is read and ignored; the provider's close is answered with a close. The least an echoing app can do: one
/// <see cref="Utf8JsonReader"/> pass over each message, the base64 payload never decoded, nothing allocated per frame.
/// </summary>
internal sealed class FloorCall
{
    /// <summary>Far above a 20 ms frame's message (about 400 bytes); a larger message closes the stream (1009).</summary>
    private const int MessageLimit = 16 * 1024;

    private readonly WebSocket _socket;
    private readonly byte[] _message = new byte[MessageLimit];
    private readonly ArrayBufferWriter<byte> _media = new(512);
    private readonly ArrayBufferWriter<byte> _mark = new(128);

    /// <summary>Prepares to serve the stream on <paramref name="socket"/>.</summary>
    public FloorCall(WebSocket socket) => _socket = socket;

    /// <summary>Serves the stream until the provider closes it or the connection is lost.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                int length = 0;
                ValueWebSocketReceiveResult frame;
                do
                {
                    if (length == _message.Length)
                    {
                        await _socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, null, cancellationToken);
                        return;
                    }

                    frame = await _socket.ReceiveAsync(_message.AsMemory(length), cancellationToken);
                    length += frame.Count;
                }
                while (!frame.EndOfMessage);

                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
                    return;
                }

                if (WriteEcho(_message.AsSpan(0, length)))
                {
                    await _socket.SendAsync(_media.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                    await _socket.SendAsync(_mark.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException)
        {
            // The provider went away without a close handshake: nothing is left to answer.
        }
    }

    /// <summary>
    /// Writes the echo of a <c>media</c> message into <see cref="_media"/> and <see cref="_mark"/>; false for any
    /// other message. The stream id, chunk and payload are copied as they stand in the JSON, escapes and all: a string
    /// copied verbatim between quotes is the same string.
    /// </summary>
    private bool WriteEcho(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        ReadOnlySpan<byte> streamSid = default, chunk = default, payload = default;
        bool media = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                // Depth 1: the message's own fields; depth 2: those of its "media" object.
                bool top = reader.CurrentDepth == 1;
                if (top && reader.ValueTextEquals("event"u8))
                {
                    media = reader.Read() && reader.ValueTextEquals("media"u8);
                }
                else if (top && reader.ValueTextEquals("streamSid"u8))
                {
                    streamSid = reader.Read() ? reader.ValueSpan : default;
                }
                else if (!top && reader.ValueTextEquals("chunk"u8))
                {
                    chunk = reader.Read() ? reader.ValueSpan : default;
                }
                else if (!top && reader.ValueTextEquals("payload"u8))
                {
                    payload = reader.Read() ? reader.ValueSpan : default;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (!media || streamSid.IsEmpty || payload.IsEmpty)
        {
            return false;
        }

        Write(_media, "{\"event\":\"media\",\"streamSid\":\""u8, streamSid, "\",\"media\":{\"payload\":\""u8, payload);
        Write(_mark, "{\"event\":\"mark\",\"streamSid\":\""u8, streamSid, "\",\"mark\":{\"name\":\"echo-"u8, chunk);
        return true;
    }

    /// <summary>Writes <c>{"event":"...","streamSid":"SID","...":{"...":"VALUE"}}</c>, both strings as they stood in the inbound JSON.</summary>
    private static void Write(ArrayBufferWriter<byte> message, ReadOnlySpan<byte> head, ReadOnlySpan<byte> streamSid, ReadOnlySpan<byte> body, ReadOnlySpan<byte> value)
    {
        message.ResetWrittenCount();
        message.Write(head);
        message.Write(streamSid);
        message.Write(body);
        message.Write(value);
        message.Write("\"}}"u8);
    }
}
