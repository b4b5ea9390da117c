using System.Buffers;
using System.Text.Json;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>
/// Writes what the provider sends to the app on a ConversationRelay WebSocket: <c>setup</c>, <c>prompt</c>,
/// <c>dtmf</c>, <c>interrupt</c> and <c>error</c>, in Twilio's form ("ConversationRelay WebSocket messages") or
/// Telnyx's ("ConversationRelay WebSocket channel": the same frames, with <c>callControlId</c>, <c>callSessionId</c>
/// and <c>callLegId</c> in <c>setup</c> and without Twilio's <c>parentCallSid</c>, <c>forwardedFrom</c> and
/// <c>callType</c>). Each method leaves one message in <see cref="Written"/>; not thread-safe.
/// </summary>
internal sealed class RelayMessageWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private readonly Utf8JsonWriter _json;
    private readonly MediaStreamProvider _provider;

    public RelayMessageWriter(MediaStreamProvider provider)
    {
        _provider = provider;
        _json = new Utf8JsonWriter(_buffer);
    }

    /// <summary>The last message written, UTF-8 JSON for one text frame; valid until the next write.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    public void WriteSetup(RelayCall session, string from, string to, IReadOnlyDictionary<string, string> customParameters)
    {
        Begin("setup");
        _json.WriteString("sessionId", session.SessionId);
        _json.WriteString("accountSid", session.Call.AccountSid);
        if (_provider == MediaStreamProvider.Telnyx)
        {
            _json.WriteString("callSid", session.Call.CallSid);
            _json.WriteString("callControlId", session.Call.CallSid);
            _json.WriteString("callSessionId", session.CallSessionId);
            _json.WriteString("callLegId", session.CallLegId);
        }
        else
        {
            _json.WriteString("parentCallSid", "");
            _json.WriteString("callSid", session.Call.CallSid);
        }

        _json.WriteString("from", from);
        _json.WriteString("to", to);
        if (_provider != MediaStreamProvider.Telnyx)
        {
            _json.WriteString("forwardedFrom", "");
            _json.WriteString("callType", "PSTN");
        }

        _json.WriteString("callerName", "");
        _json.WriteString("direction", "inbound");
        _json.WriteString("callStatus", _provider == MediaStreamProvider.Telnyx ? "active" : "RINGING");
        _json.WriteStartObject("customParameters");
        foreach ((string name, string value) in customParameters)
        {
            _json.WriteString(name, value);
        }

        _json.WriteEndObject();
        End();
    }

    public void WritePrompt(string voicePrompt, string lang, bool last)
    {
        Begin("prompt");
        _json.WriteString("voicePrompt", voicePrompt);
        _json.WriteString("lang", lang);
        _json.WriteBoolean("last", last);
        End();
    }

    public void WriteDtmf(string digit)
    {
        Begin("dtmf");
        _json.WriteString("digit", digit);
        End();
    }

    /// <summary>An interrupt: what had been spoken of the reply, and for how long, as numbers (both pages' examples).</summary>
    public void WriteInterrupt(string utteranceUntilInterrupt, long durationUntilInterruptMs)
    {
        Begin("interrupt");
        _json.WriteString("utteranceUntilInterrupt", utteranceUntilInterrupt);
        _json.WriteNumber("durationUntilInterruptMs", durationUntilInterruptMs);
        End();
    }

    public void WriteError(string description)
    {
        Begin("error");
        _json.WriteString("description", description);
        End();
    }

    private void Begin(string type)
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("type", type);
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
    }
}
