using System;
using System.Buffers;
using System.Text.Json;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Writes the messages an application may send on a bidirectional stream, in the provider's dialect: <c>media</c>,
/// <c>mark</c> and <c>clear</c> for all, <c>dtmf</c> for SignalWire, with exactly the documented fields (Twilio closes
/// the stream on unexpected fields, error 31951). Twilio and SignalWire messages carry the <c>streamSid</c>; Telnyx
/// messages carry no stream id. Each call appends one complete JSON message, to be sent as one text frame.
/// </summary>
/// <remarks>Not thread-safe. Sources: Twilio, "Media Streams - WebSocket Messages", "Send messages to Twilio";
/// Telnyx, "Media Streaming" (bidirectional, <c>rtp</c> mode); SignalWire, "cXML Stream".</remarks>
public sealed class MediaStreamMessageWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;
    private readonly MediaStreamProvider _provider;

    /// <summary>Creates a writer that appends UTF-8 JSON to <paramref name="output"/>.</summary>
    /// <param name="output">Where the messages go; the caller takes each one out (and resets it) before the next.</param>
    /// <param name="provider">The dialect to write; <see cref="MediaStreamProvider.Unknown"/> writes Twilio's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public MediaStreamMessageWriter(IBufferWriter<byte> output, MediaStreamProvider provider = MediaStreamProvider.Twilio)
    {
        ArgumentNullException.ThrowIfNull(output);
        _json = new Utf8JsonWriter(output);
        _provider = provider;
    }

    /// <summary>Whether messages carry a stream id: all but Telnyx's.</summary>
    private bool WritesStreamSid => _provider != MediaStreamProvider.Telnyx;

    /// <summary>
    /// Writes <c>{"event":"media","streamSid":"MZ...","media":{"payload":"&lt;base64&gt;"}}</c> (Telnyx:
    /// <c>{"event":"media","media":{"payload":"&lt;base64&gt;"}}</c>).
    /// </summary>
    /// <param name="streamSid">The stream's id from its <c>start</c> message; ignored for Telnyx.</param>
    /// <param name="audio">Audio in the stream's codec, no header: mu-law at 8 kHz is one byte per sample (20 ms = 160 bytes).</param>
    /// <exception cref="ArgumentException"><paramref name="streamSid"/> is null or empty (Twilio, SignalWire).</exception>
    public void WriteMedia(string? streamSid, ReadOnlySpan<byte> audio)
    {
        Begin("media"u8, streamSid);
        _json.WriteStartObject("media"u8);
        _json.WriteBase64String("payload"u8, audio);
        _json.WriteEndObject();
        End();
    }

    /// <summary>
    /// Writes <c>{"event":"mark","streamSid":"MZ...","mark":{"name":"..."}}</c>: Twilio sends the mark back once the
    /// audio written before it has played, or when a <c>clear</c> drops that audio.
    /// </summary>
    /// <param name="streamSid">The stream's id; ignored for Telnyx.</param>
    /// <param name="name">The label to get back.</param>
    /// <exception cref="ArgumentException"><paramref name="streamSid"/> (Twilio, SignalWire) or <paramref name="name"/> is null or empty.</exception>
    public void WriteMark(string? streamSid, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Begin("mark"u8, streamSid);
        _json.WriteStartObject("mark"u8);
        _json.WriteString("name"u8, name);
        _json.WriteEndObject();
        End();
    }

    /// <summary>
    /// Writes <c>{"event":"clear","streamSid":"MZ..."}</c>: Twilio drops the audio it has buffered and sends back
    /// every pending mark.
    /// </summary>
    /// <param name="streamSid">The stream's id; ignored for Telnyx.</param>
    /// <exception cref="ArgumentException"><paramref name="streamSid"/> is null or empty (Twilio, SignalWire).</exception>
    public void WriteClear(string? streamSid)
    {
        Begin("clear"u8, streamSid);
        End();
    }

    /// <summary>
    /// Writes SignalWire's <c>{"event":"dtmf","streamSid":"...","dtmf":{"digit":"5"}}</c>, which plays the digit's
    /// tones into the call.
    /// </summary>
    /// <param name="streamSid">The stream's id.</param>
    /// <param name="digit">One key: <c>0</c>-<c>9</c>, <c>*</c>, <c>#</c> or <c>A</c>-<c>D</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="streamSid"/> is null or empty, or <paramref name="digit"/> is not a DTMF key.</exception>
    /// <exception cref="InvalidOperationException">The writer is not for SignalWire: Twilio and Telnyx accept no <c>dtmf</c> from the application.</exception>
    public void WriteDtmf(string? streamSid, char digit)
    {
        if (_provider != MediaStreamProvider.SignalWire)
        {
            throw new InvalidOperationException($"Only SignalWire accepts a 'dtmf' message from the application, not {_provider}.");
        }

        if (!IsDtmfKey(digit))
        {
            throw new ArgumentException($"'{digit}' is not a DTMF key (0-9, *, #, A-D).", nameof(digit));
        }

        Begin("dtmf"u8, streamSid);
        _json.WriteStartObject("dtmf"u8);
        Span<char> key = [digit];
        _json.WriteString("digit"u8, key);
        _json.WriteEndObject();
        End();
    }

    /// <summary>Whether <paramref name="digit"/> is one of the 16 DTMF keys.</summary>
    internal static bool IsDtmfKey(char digit) => char.IsAsciiDigit(digit) || digit is '*' or '#' or (>= 'A' and <= 'D');

    /// <summary>Releases the JSON writer; the output is not touched.</summary>
    public void Dispose() => _json.Dispose();

    private void Begin(ReadOnlySpan<byte> eventName, string? streamSid)
    {
        if (WritesStreamSid)
        {
            ArgumentException.ThrowIfNullOrEmpty(streamSid);
        }

        // Each message is a JSON document of its own: forget the previous one's state.
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("event"u8, eventName);
        if (WritesStreamSid)
        {
            _json.WriteString("streamSid"u8, streamSid);
        }
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
    }
}
