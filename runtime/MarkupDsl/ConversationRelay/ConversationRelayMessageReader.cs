using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MarkupDsl.Buffers;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// Parses the messages Twilio and Telnyx send on a ConversationRelay WebSocket (<c>setup</c>, <c>prompt</c>,
/// <c>dtmf</c>, <c>interrupt</c>, <c>error</c>, <c>info</c>) from UTF-8 JSON, leniently: fields in any order,
/// unknown fields skipped, <c>durationUntilInterruptMs</c> as a number or a string, unknown types returned as
/// <see cref="UnknownMessage"/>. A message that cannot be read becomes a <see cref="MalformedMessage"/> saying what
/// and where; nothing throws.
/// </summary>
/// <remarks>
/// One instance per session and not thread-safe: it remembers the last <c>lang</c> so that a <c>prompt</c> costs
/// only its <see cref="PromptMessage"/> and its <c>voicePrompt</c> string. Sources: Twilio, "ConversationRelay -
/// WebSocket messages"; Telnyx, "ConversationRelay WebSocket channel".
/// </remarks>
public sealed class ConversationRelayMessageReader
{
    private string? _lang;
    private byte[] _langUtf8 = [];

    /// <summary>Parses one complete message.</summary>
    /// <param name="utf8Json">The whole text of one WebSocket message, as UTF-8.</param>
    /// <returns>The typed message, an <see cref="UnknownMessage"/>, or a <see cref="MalformedMessage"/>; never null.</returns>
    public ConversationRelayMessage Read(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            MessageType type = FindType(ref reader, out string? unknownType, out bool first);
            if (type == MessageType.Other)
            {
                return ReadUnknown(utf8Json, unknownType!);
            }

            // A "type" that came first leaves the reader where the main pass starts; else start over.
            if (!first)
            {
                reader = new Utf8JsonReader(utf8Json);
                reader.Read();
            }

            return type switch
            {
                MessageType.Setup => ReadSetup(ref reader),
                MessageType.Prompt => ReadPrompt(ref reader),
                MessageType.Dtmf => new DtmfMessage(ReadOnly(ref reader, "digit"u8, "dtmf.digit")),
                MessageType.Interrupt => ReadInterrupt(ref reader),
                MessageType.Error => new ErrorMessage(ReadOnly(ref reader, "description"u8, "error.description")),
                _ => ReadInfo(ref reader),
            };
        }
        catch (JsonException e)
        {
            return new MalformedMessage(e.Message, null, JsonErrorPosition.Of(utf8Json, e));
        }
        catch (FieldException e)
        {
            return new MalformedMessage(e.Message, e.Path, e.Position);
        }
    }

    private static MessageType FindType(ref Utf8JsonReader reader, out string? unknownType, out bool first)
    {
        unknownType = null;
        first = true;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType(ref reader, null, "a JSON object");
        }

        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("type"u8))
            {
                first = false;
                SkipValue(ref reader);
                continue;
            }

            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                throw WrongType(ref reader, "type", "a string");
            }

            MessageType type = reader.ValueTextEquals("prompt"u8) ? MessageType.Prompt
                : reader.ValueTextEquals("interrupt"u8) ? MessageType.Interrupt
                : reader.ValueTextEquals("dtmf"u8) ? MessageType.Dtmf
                : reader.ValueTextEquals("setup"u8) ? MessageType.Setup
                : reader.ValueTextEquals("error"u8) ? MessageType.Error
                : reader.ValueTextEquals("info"u8) ? MessageType.Info
                : MessageType.Other;
            if (type == MessageType.Other)
            {
                unknownType = GetString(ref reader, "type");
            }

            return type;
        }

        throw new FieldException("the message has no 'type' field", null, reader.TokenStartIndex);
    }

    private static UnknownMessage ReadUnknown(ReadOnlySpan<byte> json, string type)
    {
        // Only check that the whole message is JSON: its fields belong to a protocol this reader does not know.
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
        }

        return new UnknownMessage(type, json.ToArray());
    }

    private PromptMessage ReadPrompt(ref Utf8JsonReader reader)
    {
        string? voicePrompt = null;
        string? lang = null;
        bool last = false;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("voicePrompt"u8))
            {
                voicePrompt = ReadString(ref reader, "prompt.voicePrompt");
            }
            else if (reader.ValueTextEquals("lang"u8))
            {
                lang = ReadLang(ref reader);
            }
            else if (reader.ValueTextEquals("last"u8))
            {
                last = ReadBoolean(ref reader, "prompt.last");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new PromptMessage(voicePrompt, lang, last);
    }

    private static InterruptMessage ReadInterrupt(ref Utf8JsonReader reader)
    {
        string? utterance = null;
        TimeSpan? duration = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("utteranceUntilInterrupt"u8))
            {
                utterance = ReadString(ref reader, "interrupt.utteranceUntilInterrupt");
            }
            else if (reader.ValueTextEquals("durationUntilInterruptMs"u8))
            {
                duration = ReadMilliseconds(ref reader, "interrupt.durationUntilInterruptMs");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new InterruptMessage(utterance, duration);
    }

    private static InfoMessage ReadInfo(ref Utf8JsonReader reader)
    {
        string? name = null;
        string? value = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = ReadString(ref reader, "info.name");
            }
            else if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                value = AnyValue(ref reader, "info.value");
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return new InfoMessage(name, value);
    }

    private static SetupMessage ReadSetup(ref Utf8JsonReader reader)
    {
        string? sessionId = null, accountSid = null, parentCallSid = null, callSid = null, from = null, to = null;
        string? forwardedFrom = null, callType = null, callerName = null, direction = null, callStatus = null;
        string? callControlId = null, callSessionId = null, callLegId = null;
        Dictionary<string, string>? parameters = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("customParameters"u8))
            {
                parameters = ReadCustomParameters(ref reader);
                continue;
            }

            ref string? field = ref SetupField(ref reader,
                ref sessionId, ref accountSid, ref parentCallSid, ref callSid, ref from, ref to, ref forwardedFrom, ref callType,
                ref callerName, ref direction, ref callStatus, ref callControlId, ref callSessionId, ref callLegId, out string? path);
            if (path is null)
            {
                SkipValue(ref reader);
                continue;
            }

            field = ReadString(ref reader, path);
        }

        return new SetupMessage(sessionId, accountSid, parentCallSid, callSid, from, to, forwardedFrom, callType, callerName,
            direction, callStatus, parameters, callControlId, callSessionId, callLegId);
    }

    /// <summary>The variable that holds the <c>setup</c> field the reader is on, and its path; a null path for a field not read.</summary>
    private static ref string? SetupField(
        ref Utf8JsonReader reader,
        ref string? sessionId, ref string? accountSid, ref string? parentCallSid, ref string? callSid, ref string? from, ref string? to,
        ref string? forwardedFrom, ref string? callType, ref string? callerName, ref string? direction, ref string? callStatus,
        ref string? callControlId, ref string? callSessionId, ref string? callLegId, out string? path)
    {
        path = null;
        if (reader.ValueTextEquals("sessionId"u8)) { path = "setup.sessionId"; return ref sessionId; }
        if (reader.ValueTextEquals("accountSid"u8)) { path = "setup.accountSid"; return ref accountSid; }
        if (reader.ValueTextEquals("parentCallSid"u8)) { path = "setup.parentCallSid"; return ref parentCallSid; }
        if (reader.ValueTextEquals("callSid"u8)) { path = "setup.callSid"; return ref callSid; }
        if (reader.ValueTextEquals("from"u8)) { path = "setup.from"; return ref from; }
        if (reader.ValueTextEquals("to"u8)) { path = "setup.to"; return ref to; }
        if (reader.ValueTextEquals("forwardedFrom"u8)) { path = "setup.forwardedFrom"; return ref forwardedFrom; }
        if (reader.ValueTextEquals("callType"u8)) { path = "setup.callType"; return ref callType; }
        if (reader.ValueTextEquals("callerName"u8)) { path = "setup.callerName"; return ref callerName; }
        if (reader.ValueTextEquals("direction"u8)) { path = "setup.direction"; return ref direction; }
        if (reader.ValueTextEquals("callStatus"u8)) { path = "setup.callStatus"; return ref callStatus; }
        if (reader.ValueTextEquals("callControlId"u8)) { path = "setup.callControlId"; return ref callControlId; }
        if (reader.ValueTextEquals("callSessionId"u8)) { path = "setup.callSessionId"; return ref callSessionId; }
        if (reader.ValueTextEquals("callLegId"u8)) { path = "setup.callLegId"; return ref callLegId; }
        return ref sessionId;
    }

    private static Dictionary<string, string>? ReadCustomParameters(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongType(ref reader, "setup.customParameters", "an object");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            string name = GetString(ref reader, "setup.customParameters");
            reader.Read();
            if (AnyValue(ref reader, "setup.customParameters." + name) is { } value)
            {
                parameters[name] = value;
            }
        }

        return parameters;
    }

    /// <summary>The string field the message is about, e.g. a <c>dtmf</c>'s <c>digit</c>; other fields are skipped.</summary>
    private static string? ReadOnly(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, string path)
    {
        string? value = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(name))
            {
                value = ReadString(ref reader, path);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        return value;
    }

    /// <summary>Reads the <c>lang</c>, reusing the previous string when the language has not changed.</summary>
    private string? ReadLang(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && _lang is not null && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(_langUtf8))
        {
            return _lang;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                _lang = GetString(ref reader, "prompt.lang");
                _langUtf8 = Encoding.UTF8.GetBytes(_lang);
                return _lang;
            case JsonTokenType.Null:
                return null;
            default:
                throw WrongType(ref reader, "prompt.lang", "a string");
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static string? ReadString(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => GetString(ref reader, path),
            JsonTokenType.Null => null,
            _ => throw WrongType(ref reader, path, "a string"),
        };
    }

    /// <summary>Reads a boolean sent as <c>true</c>/<c>false</c> or as the string <c>"true"</c>/<c>"false"</c>; null reads as false.</summary>
    private static bool ReadBoolean(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            JsonTokenType.String when reader.ValueTextEquals("true"u8) => true,
            JsonTokenType.String when reader.ValueTextEquals("false"u8) => false,
            _ => throw WrongType(ref reader, path, "true or false"),
        };
    }

    /// <summary>Reads milliseconds sent as a number (<c>460</c>, <c>460.5</c>) or a string (<c>"460"</c>); null reads as absent.</summary>
    private static TimeSpan? ReadMilliseconds(ref Utf8JsonReader reader, string path)
    {
        reader.Read();
        double value;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDouble(out value) && value >= 0:
                return TimeSpan.FromMilliseconds(value);
            case JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out value, out int consumed)
                && consumed == reader.ValueSpan.Length && value >= 0:
                return TimeSpan.FromMilliseconds(value);
            case JsonTokenType.String when reader.ValueIsEscaped
                && double.TryParse(GetString(ref reader, path), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= 0:
                return TimeSpan.FromMilliseconds(value);
        }

        throw WrongType(ref reader, path, "milliseconds (a number or a string of digits, not negative)");
    }

    /// <summary>A value of any JSON type as a string: a string as is, others as their JSON text; null for null.</summary>
    private static string? AnyValue(ref Utf8JsonReader reader, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return GetString(ref reader, path);
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                using (JsonDocument value = JsonDocument.ParseValue(ref reader))
                {
                    return value.RootElement.GetRawText();
                }

            default:
                return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static string GetString(ref Utf8JsonReader reader, string path)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader checks the UTF-8 of a string only when transcoding it.
            throw new FieldException(e.Message, path, reader.TokenStartIndex);
        }
    }

    private static FieldException WrongType(ref Utf8JsonReader reader, string? path, string expected)
    {
        string found = reader.TokenType switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => $"the string \"{Shorten(Encoding.UTF8.GetString(reader.ValueSpan))}\"",
            JsonTokenType.Number => $"the number {Shorten(Encoding.UTF8.GetString(reader.ValueSpan))}",
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => "null",
        };
        return new FieldException($"expected {expected}, found {found}", path, reader.TokenStartIndex);

        static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
    }

    private enum MessageType : byte
    {
        Other,
        Setup,
        Prompt,
        Dtmf,
        Interrupt,
        Error,
        Info,
    }

    /// <summary>A field that is present but unusable; turned into a <see cref="MalformedMessage"/>.</summary>
    private sealed class FieldException(string message, string? path, long position) : Exception(message)
    {
        public string? Path { get; } = path;

        public long Position { get; } = position;
    }
}
