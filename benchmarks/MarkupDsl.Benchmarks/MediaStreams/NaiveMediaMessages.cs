using System.Text.Json.Serialization;

namespace MarkupDsl.Benchmarks.MediaStreams;

/// <summary>The classes a straightforward implementation deserializes a Twilio message into (counters as strings, as sent).</summary>
public sealed class NaiveInboundMessage
{
    [JsonPropertyName("event")]
    public string? Event { get; set; }

    [JsonPropertyName("sequenceNumber")]
    public string? SequenceNumber { get; set; }

    [JsonPropertyName("streamSid")]
    public string? StreamSid { get; set; }

    [JsonPropertyName("media")]
    public NaiveMedia? Media { get; set; }
}

/// <summary>The <c>media</c> object of <see cref="NaiveInboundMessage"/>, or of an outbound message (payload only).</summary>
public sealed class NaiveMedia
{
    [JsonPropertyName("track")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Track { get; set; }

    [JsonPropertyName("chunk")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Chunk { get; set; }

    [JsonPropertyName("timestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Timestamp { get; set; }

    [JsonPropertyName("payload")]
    public string? Payload { get; set; }
}
