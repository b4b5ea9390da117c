namespace MarkupDsl.MediaStreams;

/// <summary>What was wrong with a message reported as a <see cref="MalformedMessageEvent"/>.</summary>
public enum MalformedMessageReason
{
    /// <summary>Not JSON: a syntax error, text after the closing brace, an empty message.</summary>
    InvalidJson,

    /// <summary>The message, or one of its fields, has the wrong JSON type: an array for the message, a word for a counter, a number for <c>media.payload</c>.</summary>
    WrongType,

    /// <summary>The message has no <c>event</c> field.</summary>
    MissingEvent,

    /// <summary>A <c>media</c> message without <c>media.payload</c>.</summary>
    MissingPayload,

    /// <summary>A number outside what the field allows, such as a negative <c>sampleRate</c>.</summary>
    OutOfRange,

    /// <summary>A string that is not valid UTF-8, or whose escapes do not make valid UTF-16 (a lone surrogate).</summary>
    InvalidText,

    /// <summary><c>media.payload</c> is not base64.</summary>
    InvalidBase64,

    /// <summary>A binary WebSocket message: Media Streams messages are JSON text (Twilio warns of the same, 31950, for what an application sends).</summary>
    BinaryMessage,

    /// <summary>A message longer than <see cref="MediaStreamSessionOptions.MaxMessageSize"/>, read to its end and discarded.</summary>
    TooLarge,
}
