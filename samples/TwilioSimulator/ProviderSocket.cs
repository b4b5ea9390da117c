using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace TwilioSimulator;

/// <summary>
/// The provider's end of a Media Stream, sending side: writes Twilio's messages (<c>connected</c>, <c>start</c>,
/// <c>media</c>, <c>mark</c>, <c>stop</c>) with their <c>sequenceNumber</c>, one at a time, and counts them by event.
/// </summary>
internal sealed class ProviderSocket(WebSocket socket, string streamSid)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private long _sequenceNumber;

    /// <summary>Messages sent, by event name.</summary>
    public ConcurrentDictionary<string, int> Sent { get; } = new(StringComparer.Ordinal);

    public Task SendConnectedAsync(CancellationToken cancellationToken) =>
        SendAsync("connected", json =>
        {
            json.WriteString("protocol", "Call");
            json.WriteString("version", "1.0.0");
        }, numbered: false, cancellationToken);

    public Task SendStartAsync(string accountSid, string callSid, IReadOnlyDictionary<string, string> customParameters, CancellationToken cancellationToken) =>
        SendAsync("start", json =>
        {
            json.WriteString("streamSid", streamSid);
            json.WriteStartObject("start");
            json.WriteString("accountSid", accountSid);
            json.WriteString("streamSid", streamSid);
            json.WriteString("callSid", callSid);
            json.WriteStartArray("tracks");
            json.WriteStringValue("inbound");
            json.WriteEndArray();
            json.WriteStartObject("mediaFormat");
            json.WriteString("encoding", "audio/x-mulaw");
            json.WriteNumber("sampleRate", 8000);
            json.WriteNumber("channels", 1);
            json.WriteEndObject();
            json.WriteStartObject("customParameters");
            foreach ((string name, string value) in customParameters)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }, numbered: true, cancellationToken);

    /// <summary>Sends inbound audio; <paramref name="chunk"/> counts from 1 and the timestamp is in ms since the start.</summary>
    public Task SendMediaAsync(long chunk, long timestamp, ReadOnlyMemory<byte> muLaw, CancellationToken cancellationToken) =>
        SendAsync("media", json =>
        {
            json.WriteString("streamSid", streamSid);
            json.WriteStartObject("media");
            json.WriteString("track", "inbound");
            json.WriteString("chunk", chunk.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteBase64String("payload", muLaw.Span);
            json.WriteEndObject();
        }, numbered: true, cancellationToken);

    /// <summary>Returns a mark to the app: the audio before it has played (or was cleared).</summary>
    public Task SendMarkAsync(string name, CancellationToken cancellationToken) =>
        SendAsync("mark", json =>
        {
            json.WriteString("streamSid", streamSid);
            json.WriteStartObject("mark");
            json.WriteString("name", name);
            json.WriteEndObject();
        }, numbered: true, cancellationToken);

    public Task SendStopAsync(string accountSid, string callSid, CancellationToken cancellationToken) =>
        SendAsync("stop", json =>
        {
            json.WriteString("streamSid", streamSid);
            json.WriteStartObject("stop");
            json.WriteString("accountSid", accountSid);
            json.WriteString("callSid", callSid);
            json.WriteEndObject();
        }, numbered: true, cancellationToken);

    private async Task SendAsync(string eventName, Action<Utf8JsonWriter> writeFields, bool numbered, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            // Twilio's counters are strings on the wire.
            using (var json = new Utf8JsonWriter(_buffer))
            {
                json.WriteStartObject();
                json.WriteString("event", eventName);
                if (numbered)
                {
                    json.WriteString("sequenceNumber", (++_sequenceNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                writeFields(json);
                json.WriteEndObject();
            }

            await socket.SendAsync(_buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            Sent.AddOrUpdate(eventName, 1, static (_, count) => count + 1);
        }
        finally
        {
            _buffer.ResetWrittenCount();
            _sendLock.Release();
        }
    }
}
