using System.Text.Json.Serialization;

namespace MarkupDsl.Benchmarks.ConversationRelay;

/// <summary>The class a straightforward implementation deserializes every inbound ConversationRelay message into.</summary>
public sealed class NaiveInboundRelayMessage
{
    [JsonPropertyName("type")]
    public string? Type { get; set; }

    [JsonPropertyName("voicePrompt")]
    public string? VoicePrompt { get; set; }

    [JsonPropertyName("lang")]
    public string? Lang { get; set; }

    [JsonPropertyName("last")]
    public bool Last { get; set; }
}

/// <summary>The class a straightforward implementation serializes a <c>text</c> token from.</summary>
public sealed class NaiveTextMessage
{
    [JsonPropertyName("type")]
    public string Type { get; set; } = "text";

    [JsonPropertyName("token")]
    public string? Token { get; set; }

    [JsonPropertyName("last")]
    public bool Last { get; set; }

    [JsonPropertyName("lang")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Lang { get; set; }
}
