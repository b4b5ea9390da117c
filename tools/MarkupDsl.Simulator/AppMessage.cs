using System.Text.Json;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator;

/// <summary>
/// A message from the app, checked as strictly as the provider checks it: a JSON text message with <c>event</c>
/// <c>media</c>, <c>mark</c> or <c>clear</c> (SignalWire also <c>dtmf</c>) and exactly the documented fields; Twilio and
/// SignalWire messages carry the stream's own <c>streamSid</c>, Telnyx messages no stream id. Twilio closes the stream
/// on anything else (error 31951).
/// </summary>
/// <param name="Event">The event name, or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Payload">A media message's mu-law bytes.</param>
/// <param name="Name">A mark message's name, or a dtmf message's digit.</param>
/// <param name="Error">Why the provider would reject the message, or <see langword="null"/>.</param>
internal sealed record AppMessage(string? Event, byte[]? Payload, string? Name, string? Error)
{
    /// <summary>Reads one text message; <paramref name="utf8Json"/> need only stay valid for the call.</summary>
    public static AppMessage Read(ReadOnlyMemory<byte> utf8Json, MediaStreamProvider provider, string streamSid)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(utf8Json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("event", out JsonElement name) || name.ValueKind != JsonValueKind.String)
            {
                return Rejected("31951: not an object with a string 'event'");
            }

            string[] header = provider == MediaStreamProvider.Telnyx ? ["event"] : ["event", "streamSid"];
            if (provider != MediaStreamProvider.Telnyx
                && (!root.TryGetProperty("streamSid", out JsonElement sid) || sid.ValueKind != JsonValueKind.String || sid.GetString() != streamSid))
            {
                return Rejected($"31951: streamSid is not this stream's {streamSid}");
            }

            return name.GetString() switch
            {
                "media" when HasOnly(root, [.. header, "media"]) && Body(root, "media", "payload") is { } payload
                    && payload.TryGetBytesFromBase64(out byte[]? bytes) => new AppMessage("media", bytes, null, null),
                "mark" when HasOnly(root, [.. header, "mark"]) && Body(root, "mark", "name") is { } mark
                    && mark.GetString() is { Length: > 0 } markName => new AppMessage("mark", null, markName, null),
                "clear" when HasOnly(root, header) => new AppMessage("clear", null, null, null),
                "dtmf" when provider == MediaStreamProvider.SignalWire && HasOnly(root, [.. header, "dtmf"]) && Body(root, "dtmf", "digit") is { } digit
                    && digit.GetString() is { Length: 1 } key => new AppMessage("dtmf", null, key, null),
                string other => Rejected($"31951: '{other}' is not an event an app may send to {provider}, or its fields are not exactly the documented ones"),
                null => Rejected("31951: null event"),
            };
        }
        catch (JsonException e)
        {
            return Rejected($"31951: not JSON ({e.Message})");
        }
    }

    /// <summary>The one string field of a message's body object, when the body has exactly that field.</summary>
    private static JsonElement? Body(JsonElement root, string body, string field) =>
        root.GetProperty(body) is { ValueKind: JsonValueKind.Object } element && HasOnly(element, field)
            && element.GetProperty(field) is { ValueKind: JsonValueKind.String } value
            ? value
            : null;

    private static bool HasOnly(JsonElement element, params string[] names) =>
        element.EnumerateObject().All(property => names.Contains(property.Name, StringComparer.Ordinal))
        && names.All(name => element.TryGetProperty(name, out _));

    private static AppMessage Rejected(string error) => new(null, null, null, error);
}
