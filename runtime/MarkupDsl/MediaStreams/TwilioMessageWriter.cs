using System;
using System.Buffers;
using System.Text.Json;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Writes the messages an application may send on a bidirectional Twilio Media Stream (<c>&lt;Connect&gt;&lt;Stream&gt;</c>):
/// <c>media</c>, <c>mark</c> and <c>clear</c>, with exactly the documented fields (Twilio closes the stream on
/// unexpected fields, error 31951). Each call appends one complete JSON message, to be sent as one text frame.
/// </summary>
/// <remarks>Not thread-safe. Source: Twilio, "Media Streams - WebSocket Messages", "Send messages to Twilio".</remarks>
public sealed class TwilioMessageWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer that appends UTF-8 JSON to <paramref name="output"/>.</summary>
    /// <param name="output">Where the messages go; the caller takes each one out (and resets it) before the next.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public TwilioMessageWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _json = new Utf8JsonWriter(output);
    }

    /// <summary>
    /// Writes <c>{"event":"media","streamSid":"MZ...","media":{"payload":"&lt;base64&gt;"}}</c>.
    /// </summary>
    /// <param name="streamSid">The stream's <c>streamSid</c> from its <c>start</c> message.</param>
    /// <param name="muLaw">Audio as mu-law bytes at 8 kHz, one byte per sample, no header (20 ms = 160 bytes is usual).</param>
    /// <exception cref="ArgumentException"><paramref name="streamSid"/> is null or empty.</exception>
    public void WriteMedia(string streamSid, ReadOnlySpan<byte> muLaw)
    {
        Begin("media"u8, streamSid);
        _json.WriteStartObject("media"u8);
        _json.WriteBase64String("payload"u8, muLaw);
        _json.WriteEndObject();
        End();
    }

    /// <summary>
    /// Writes <c>{"event":"mark","streamSid":"MZ...","mark":{"name":"..."}}</c>: Twilio sends the mark back once the
    /// audio written before it has played, or when a <c>clear</c> drops that audio.
    /// </summary>
    /// <param name="streamSid">The stream's <c>streamSid</c>.</param>
    /// <param name="name">The label to get back.</param>
    /// <exception cref="ArgumentException"><paramref name="streamSid"/> or <paramref name="name"/> is null or empty.</exception>
    public void WriteMark(string streamSid, string name)
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
    /// <param name="streamSid">The stream's <c>streamSid</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="streamSid"/> is null or empty.</exception>
    public void WriteClear(string streamSid)
    {
        Begin("clear"u8, streamSid);
        End();
    }

    /// <summary>Releases the JSON writer; the output is not touched.</summary>
    public void Dispose() => _json.Dispose();

    private void Begin(ReadOnlySpan<byte> eventName, string streamSid)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamSid);

        // Each message is a JSON document of its own: forget the previous one's state.
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("event"u8, eventName);
        _json.WriteString("streamSid"u8, streamSid);
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
    }
}
