using System;
using System.Buffers;
using System.Text.Json;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// Writes the messages an application sends on a ConversationRelay WebSocket (<c>text</c>, <c>play</c>,
/// <c>sendDigits</c>, <c>language</c>, <c>end</c>), strictly: only the documented fields, optional ones only when
/// given, and arguments checked before anything is written (the provider refuses a bad message with an
/// <c>error</c>, Twilio error 64107). Each call appends one complete JSON message, to be sent as one text frame.
/// Twilio and Telnyx take the same messages.
/// </summary>
/// <remarks>Not thread-safe; writes nothing on the heap once the output has grown to the largest message. Sources:
/// Twilio, "ConversationRelay - WebSocket messages"; Telnyx, "ConversationRelay WebSocket channel".</remarks>
public sealed class ConversationRelayMessageWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer that appends UTF-8 JSON to <paramref name="output"/>.</summary>
    /// <param name="output">Where the messages go; the caller takes each one out (and resets it) before the next.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public ConversationRelayMessageWriter(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);

        // Tokens are spoken text, often with apostrophes and non-ASCII letters: escape only what JSON requires.
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    /// <summary>
    /// Writes <c>{"type":"text","token":"...","last":false}</c>, with <c>lang</c>, <c>interruptible</c> and
    /// <c>preemptible</c> when given: words for the provider to speak, streamed token by token.
    /// </summary>
    /// <param name="token">
    /// The text; may be empty (an empty final token ends a reply) and may carry SSML tags. A lone surrogate (half of
    /// a character split between two tokens) is written as U+FFFD rather than failing the reply.
    /// </param>
    /// <param name="last">Whether this token ends the reply (the <c>last</c>): the provider then speaks what it holds.</param>
    /// <param name="lang">The language to speak it in (BCP-47, one of the noun's <c>&lt;Language&gt;</c>s), or <see langword="null"/> for the session's.</param>
    /// <param name="interruptible">Whether the caller can interrupt this text, or <see langword="null"/> for the noun's <c>interruptible</c>.</param>
    /// <param name="preemptible">Whether text sent later may cut this text short, or <see langword="null"/> for the default (false).</param>
    /// <exception cref="ArgumentException"><paramref name="lang"/> is empty.</exception>
    public void WriteText(ReadOnlySpan<char> token, bool last, string? lang = null, bool? interruptible = null, bool? preemptible = null)
    {
        CheckLang(lang);
        Begin("text"u8);
        _json.WriteString("token"u8, token);

        _json.WriteBoolean("last"u8, last);
        WriteOptional("lang"u8, lang);
        WriteOptional("interruptible"u8, interruptible);
        WriteOptional("preemptible"u8, preemptible);
        End();
    }

    /// <summary>
    /// Writes <c>{"type":"play","source":"https://..."}</c>, with <c>loop</c>, <c>preemptible</c> and
    /// <c>interruptible</c> when given: an audio file for the provider to play.
    /// </summary>
    /// <param name="source">The absolute URL of the audio file (http or https).</param>
    /// <param name="loop">How many times to play it (the <c>loop</c>; 0 repeats until interrupted), or <see langword="null"/> for once.</param>
    /// <param name="preemptible">Whether text or audio sent later may cut it short, or <see langword="null"/> for the default (false).</param>
    /// <param name="interruptible">Whether the caller can interrupt it, or <see langword="null"/> for the noun's <c>interruptible</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an absolute http or https URL.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="loop"/> is negative.</exception>
    public void WritePlay(string source, int? loop = null, bool? preemptible = null, bool? interruptible = null)
    {
        CheckPlay(source, loop);
        Begin("play"u8);
        _json.WriteString("source"u8, source);
        if (loop is { } plays)
        {
            _json.WriteNumber("loop"u8, plays);
        }

        WriteOptional("preemptible"u8, preemptible);
        WriteOptional("interruptible"u8, interruptible);
        End();
    }

    /// <summary>Writes <c>{"type":"sendDigits","digits":"..."}</c>: DTMF tones for the provider to play into the call.</summary>
    /// <param name="digits">The keys: <c>0</c>-<c>9</c>, <c>*</c>, <c>#</c>, and <c>w</c> for a half-second pause.</param>
    /// <exception cref="ArgumentException"><paramref name="digits"/> is null, empty or has another character.</exception>
    public void WriteSendDigits(string digits)
    {
        CheckDigits(digits);
        Begin("sendDigits"u8);
        _json.WriteString("digits"u8, digits);
        End();
    }

    /// <summary>
    /// Writes <c>{"type":"language","ttsLanguage":"...","transcriptionLanguage":"..."}</c>: switches the language
    /// spoken, recognised, or both (each one of the noun's <c>&lt;Language&gt;</c>s).
    /// </summary>
    /// <param name="ttsLanguage">The language to speak (BCP-47), or <see langword="null"/> to keep it.</param>
    /// <param name="transcriptionLanguage">The language to recognise (BCP-47), or <see langword="null"/> to keep it.</param>
    /// <exception cref="ArgumentException">Both are null, or one is empty.</exception>
    public void WriteLanguage(string? ttsLanguage, string? transcriptionLanguage)
    {
        CheckLanguage(ttsLanguage, transcriptionLanguage);
        Begin("language"u8);
        WriteOptional("ttsLanguage"u8, ttsLanguage);
        WriteOptional("transcriptionLanguage"u8, transcriptionLanguage);
        End();
    }

    /// <summary>
    /// Writes <c>{"type":"end","handoffData":"..."}</c>: ends the session; the call goes on to the
    /// <c>&lt;Connect action&gt;</c> URL, which receives <paramref name="handoffData"/> as <c>HandoffData</c>.
    /// </summary>
    /// <param name="handoffData">A JSON text for the action URL (e.g. <c>{"reason":"operator"}</c>), sent as a string; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="handoffData"/> is not valid JSON.</exception>
    public void WriteEnd(string? handoffData = null)
    {
        CheckHandoffData(handoffData);
        Begin("end"u8);
        WriteOptional("handoffData"u8, handoffData);
        End();
    }

    /// <summary>Releases the JSON writer; the output is not touched.</summary>
    public void Dispose() => _json.Dispose();

    // The checks of each message's arguments, also made by the session before it takes its send lock.
    internal static void CheckLang(string? lang)
    {
        if (lang is { Length: 0 })
        {
            throw new ArgumentException("lang is empty: pass null for the session's language, or a BCP-47 tag such as en-US.", nameof(lang));
        }
    }

    internal static void CheckPlay(string source, int? loop)
    {
        if (!Uri.TryCreate(source, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"source '{source}' is not an absolute http or https URL.", nameof(source));
        }

        if (loop is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(loop), loop, "loop is the number of plays: 0 (until interrupted) or more.");
        }
    }

    internal static void CheckDigits(string digits)
    {
        ArgumentException.ThrowIfNullOrEmpty(digits);
        int bad = digits.AsSpan().IndexOfAnyExcept("0123456789*#w");
        if (bad >= 0)
        {
            throw new ArgumentException($"digits '{digits}' has '{digits[bad]}' at {bad}: only 0-9, *, # and w (a pause) are sent.", nameof(digits));
        }
    }

    internal static void CheckLanguage(string? ttsLanguage, string? transcriptionLanguage)
    {
        if (ttsLanguage is null && transcriptionLanguage is null)
        {
            throw new ArgumentException("ttsLanguage and transcriptionLanguage are both null: a language message changes at least one.", nameof(ttsLanguage));
        }

        if (ttsLanguage is { Length: 0 })
        {
            throw new ArgumentException("ttsLanguage is empty: pass null to keep it, or a BCP-47 tag.", nameof(ttsLanguage));
        }

        if (transcriptionLanguage is { Length: 0 })
        {
            throw new ArgumentException("transcriptionLanguage is empty: pass null to keep it, or a BCP-47 tag.", nameof(transcriptionLanguage));
        }
    }

    internal static void CheckHandoffData(string? handoffData)
    {
        if (handoffData is not null && !IsJson(handoffData))
        {
            throw new ArgumentException($"handoffData is not valid JSON: '{handoffData}'. Serialize the hand-off object (e.g. with JsonSerializer) first.", nameof(handoffData));
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private void Begin(ReadOnlySpan<byte> type)
    {
        // Each message is a JSON document of its own: forget the previous one's state.
        _json.Reset();
        _json.WriteStartObject();
        _json.WriteString("type"u8, type);
    }

    private void WriteOptional(ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }

    private void WriteOptional(ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            _json.WriteBoolean(name, flag);
        }
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
    }
}
