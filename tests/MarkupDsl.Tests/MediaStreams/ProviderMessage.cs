using System.Text.Json;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>What a test provider makes of a message the session sent: its event and, for media, the decoded payload.</summary>
internal sealed record ProviderMessage(string Event, string Json, byte[] Payload)
{
    public static ProviderMessage Parse(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        byte[] payload = root.TryGetProperty("media", out JsonElement media) ? media.GetProperty("payload").GetBytesFromBase64() : [];
        return new ProviderMessage(root.GetProperty("event").GetString()!, json, payload);
    }
}
