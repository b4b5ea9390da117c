using System.Text.Json;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>
/// A message from the app on a ConversationRelay WebSocket, checked strictly: a JSON object whose <c>type</c> is
/// <c>text</c>, <c>play</c>, <c>sendDigits</c>, <c>language</c> or <c>end</c>, with only that type's fields, each of
/// its type. Twilio answers anything else with an <c>error</c> message (64107) and goes on; Telnyx likewise, and
/// closes the socket after 10 invalid frames in a row.
/// </summary>
/// <param name="Type">The message type, or <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Token"><c>text</c>: the token.</param>
/// <param name="Last"><c>text</c>: whether it ends the reply (absent means <see langword="false"/>, as Telnyx's page says).</param>
/// <param name="Detail">
/// <c>play</c>: the source; <c>sendDigits</c>: the digits; <c>language</c>: <c>tts/transcription</c>; <c>end</c>: the
/// <c>handoffData</c>, or <see langword="null"/> without one.
/// </param>
/// <param name="Error">Why the provider would reject the message, or <see langword="null"/>.</param>
public sealed record RelayAppMessage(string? Type, string? Token, bool Last, string? Detail, string? Error)
{
    /// <summary>Reads one text frame.</summary>
    /// <param name="utf8Json">The frame; need only stay valid for the call.</param>
    /// <param name="provider">Twilio (<c>sendDigits</c>: 0-9, *, #, w) or Telnyx (also A-D and W).</param>
    /// <returns>The message, or one with <see cref="Error"/> set.</returns>
    public static RelayAppMessage Read(ReadOnlyMemory<byte> utf8Json, MediaStreamProvider provider)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(utf8Json);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
            {
                return Rejected("not a JSON object with a string 'type'");
            }

            string name = type.GetString()!;
            string[]? fields = name switch
            {
                "text" => ["token", "last", "lang", "interruptible", "preemptible"],
                "play" => ["source", "loop", "preemptible", "interruptible"],
                "sendDigits" => ["digits"],
                "language" => ["ttsLanguage", "transcriptionLanguage"],
                "end" => ["handoffData"],
                _ => null,
            };
            if (fields is null)
            {
                return Rejected($"unknown type '{name}'");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    return Rejected($"{name}: field '{property.Name}' appears twice");
                }

                if (property.Name != "type" && !fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    return Rejected($"{name}: unknown field '{property.Name}' (a {name} message has {string.Join(", ", fields)})");
                }

                if (Check(name, property) is { } problem)
                {
                    return Rejected(problem);
                }
            }

            return name switch
            {
                "text" when !root.TryGetProperty("token", out _) => Rejected("text: no 'token'"),
                "text" => new RelayAppMessage(name, root.GetProperty("token").GetString(), root.TryGetProperty("last", out JsonElement last) && last.GetBoolean(), null, null),
                "play" when !root.TryGetProperty("source", out _) => Rejected("play: no 'source'"),
                "sendDigits" when !root.TryGetProperty("digits", out _) => Rejected("sendDigits: no 'digits'"),
                "sendDigits" when root.GetProperty("digits").GetString() is var digits && !ValidDigits(digits!, provider) =>
                    Rejected($"sendDigits: '{digits}' has a character other than {(provider == MediaStreamProvider.Telnyx ? "0-9, A-D, *, #, w, W" : "0-9, *, #, w")}"),
                "language" when seen.Count == 1 => Rejected("language: neither 'ttsLanguage' nor 'transcriptionLanguage'"),
                "play" => new RelayAppMessage(name, null, false, root.GetProperty("source").GetString(), null),
                "sendDigits" => new RelayAppMessage(name, null, false, root.GetProperty("digits").GetString(), null),
                "language" => new RelayAppMessage(name, null, false, $"{String(root, "ttsLanguage")}/{String(root, "transcriptionLanguage")}", null),
                _ => new RelayAppMessage(name, null, false, root.TryGetProperty("handoffData", out JsonElement data) ? data.GetString() : null, null),
            };
        }
        catch (JsonException e)
        {
            return Rejected($"not JSON ({e.Message})");
        }
    }

    /// <summary>The JSON type each field must have.</summary>
    private static string? Check(string message, JsonProperty property)
    {
        JsonValueKind kind = property.Value.ValueKind;
        (bool ok, string expected) = property.Name switch
        {
            "type" => (true, ""),
            "last" or "interruptible" or "preemptible" => (kind is JsonValueKind.True or JsonValueKind.False, "true or false"),
            "loop" => (kind == JsonValueKind.Number && property.Value.TryGetInt32(out int loop) && loop >= 0, "a whole number from 0"),
            "source" => (kind == JsonValueKind.String && Uri.TryCreate(property.Value.GetString(), UriKind.Absolute, out Uri? source) && source.Scheme is "http" or "https",
                "an absolute http(s) URL"),
            "digits" or "ttsLanguage" or "transcriptionLanguage" => (kind == JsonValueKind.String && property.Value.GetString()!.Length > 0, "a non-empty string"),

            // handoffData is a string the app chose, usually JSON text: Twilio passes it on to <Connect action> as is.
            _ => (kind == JsonValueKind.String, "a string"),
        };
        return ok ? null : $"{message}: '{property.Name}' must be {expected}, not {property.Value.GetRawText()}";
    }

    private static bool ValidDigits(string digits, MediaStreamProvider provider) =>
        digits.All(key => char.IsAsciiDigit(key) || key is '*' or '#' or 'w'
            || (provider == MediaStreamProvider.Telnyx && key is 'W' or (>= 'A' and <= 'D')));

    private static string String(JsonElement root, string name) => root.TryGetProperty(name, out JsonElement value) ? value.GetString()! : "-";

    private static RelayAppMessage Rejected(string error) => new(null, null, false, null, error);
}
