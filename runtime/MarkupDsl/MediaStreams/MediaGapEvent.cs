namespace MarkupDsl.MediaStreams;

/// <summary>
/// Made by <see cref="MediaStreamSession"/>, not sent by the provider: chunks of a track that never arrived (or
/// arrived too late to be put back in order), reported just before the first chunk after them.
/// </summary>
public sealed class MediaGapEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="streamSid">The stream id, or <see langword="null"/>.</param>
    /// <param name="track">The track the chunks belong to.</param>
    /// <param name="firstMissingChunk">The number of the first missing chunk.</param>
    /// <param name="missingChunks">How many consecutive chunks are missing, at least 1.</param>
    public MediaGapEvent(string? streamSid, string? track, long firstMissingChunk, long missingChunks)
        : base(0, streamSid)
    {
        Track = track;
        FirstMissingChunk = firstMissingChunk;
        MissingChunks = missingChunks;
    }

    /// <summary>The track the chunks belong to.</summary>
    public string? Track { get; }

    /// <summary>The <c>chunk</c> number of the first missing chunk.</summary>
    public long FirstMissingChunk { get; }

    /// <summary>How many consecutive chunks are missing (20 ms each, in practice).</summary>
    public long MissingChunks { get; }
}
