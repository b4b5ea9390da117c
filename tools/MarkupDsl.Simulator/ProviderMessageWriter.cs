using System.Buffers;
using System.Globalization;
using System.Text.Json;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator;

/// <summary>
/// Writes the messages a provider sends to the app on a Media Stream (<c>connected</c>, <c>start</c>, <c>media</c>,
/// <c>dtmf</c>, <c>mark</c>, <c>stop</c>), numbered, in Twilio's, SignalWire's or Telnyx's dialect: the other direction
/// from the runtime's <see cref="MediaStreamMessageWriter"/>. Audio is mu-law (PCMU) at 8 kHz, mono.
/// </summary>
/// <remarks>
/// Shapes as in Twilio's "Media Streams - WebSocket Messages" (counters as strings), SignalWire's "cXML Stream"
/// (Twilio's shape, <c>connected</c> version <c>0.2.0</c>, <c>dtmf</c> with a duration) and Telnyx's "Media Streaming"
/// (snake_case, top-level <c>stream_id</c>). Each method leaves one message in <see cref="Written"/>; not thread-safe.
/// </remarks>
internal sealed class ProviderMessageWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private readonly Utf8JsonWriter _json;
    private readonly MediaStreamProvider _provider;
    private readonly string _streamSid;
    private long _sequenceNumber;

    public ProviderMessageWriter(MediaStreamProvider provider, string streamSid)
    {
        _provider = provider;
        _streamSid = streamSid;
        _json = new Utf8JsonWriter(_buffer);
    }

    /// <summary>The last message written, UTF-8 JSON for one text frame; valid until the next write.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    private bool Telnyx => _provider == MediaStreamProvider.Telnyx;

    public void WriteConnected()
    {
        Begin("connected", numbered: false);
        if (_provider == MediaStreamProvider.Twilio)
        {
            _json.WriteString("protocol", "Call");
        }

        _json.WriteString("version", _provider == MediaStreamProvider.SignalWire ? "0.2.0" : "1.0.0");
        End();
    }

    public void WriteStart(string accountSid, string callSid, string from, string to, IReadOnlyDictionary<string, string> customParameters)
    {
        Begin("start", numbered: true);
        _json.WriteStartObject("start");
        if (Telnyx)
        {
            _json.WriteString("user_id", accountSid);
            _json.WriteString("call_control_id", callSid);
            _json.WriteString("call_session_id", callSid);
            _json.WriteString("from", from);
            _json.WriteString("to", to);
        }
        else
        {
            _json.WriteString("accountSid", accountSid);
            _json.WriteString("streamSid", _streamSid);
            _json.WriteString("callSid", callSid);
            _json.WriteStartArray("tracks");
            _json.WriteStringValue("inbound");
            _json.WriteEndArray();
        }

        _json.WriteStartObject(Telnyx ? "media_format" : "mediaFormat");
        _json.WriteString("encoding", Telnyx ? "PCMU" : "audio/x-mulaw");
        _json.WriteNumber(Telnyx ? "sample_rate" : "sampleRate", 8000);
        _json.WriteNumber("channels", 1);
        _json.WriteEndObject();
        _json.WriteStartObject(Telnyx ? "custom_parameters" : "customParameters");
        foreach ((string name, string value) in customParameters)
        {
            _json.WriteString(name, value);
        }

        _json.WriteEndObject();
        _json.WriteEndObject();
        End();
    }

    /// <summary>Inbound audio: <paramref name="chunk"/> counts from 1, <paramref name="timestamp"/> is ms since the stream's start.</summary>
    public void WriteMedia(long chunk, long timestamp, ReadOnlySpan<byte> muLaw)
    {
        Begin("media", numbered: true);
        _json.WriteStartObject("media");
        _json.WriteString("track", "inbound");
        _json.WriteString("chunk", chunk.ToString(CultureInfo.InvariantCulture));
        _json.WriteString("timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        _json.WriteBase64String("payload", muLaw);
        _json.WriteEndObject();
        End();
    }

    /// <summary>A key the caller pressed.</summary>
    public void WriteDtmf(char digit)
    {
        Begin("dtmf", numbered: true);
        if (Telnyx)
        {
            _json.WriteString("occurred_at", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        }

        _json.WriteStartObject("dtmf");
        if (_provider == MediaStreamProvider.Twilio)
        {
            _json.WriteString("track", "inbound_track");
        }

        _json.WriteString("digit", digit.ToString());
        if (_provider == MediaStreamProvider.SignalWire)
        {
            _json.WriteNumber("duration", 100);
        }

        _json.WriteEndObject();
        End();
    }

    /// <summary>Returns a mark to the app: the audio it sent before the mark has played, or was cleared.</summary>
    public void WriteMark(string name)
    {
        Begin("mark", numbered: true);
        _json.WriteStartObject("mark");
        _json.WriteString("name", name);
        _json.WriteEndObject();
        End();
    }

    public void WriteStop(string accountSid, string callSid)
    {
        Begin("stop", numbered: true);
        _json.WriteStartObject("stop");
        _json.WriteString(Telnyx ? "user_id" : "accountSid", accountSid);
        _json.WriteString(Telnyx ? "call_control_id" : "callSid", callSid);
        _json.WriteEndObject();
        End();
    }

    private void Begin(string eventName, bool numbered)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("event", eventName);
        if (numbered)
        {
            _json.WriteString(Telnyx ? "sequence_number" : "sequenceNumber", (++_sequenceNumber).ToString(CultureInfo.InvariantCulture));
            _json.WriteString(Telnyx ? "stream_id" : "streamSid", _streamSid);
        }
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
    }
}
