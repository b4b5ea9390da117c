namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// The audio and marks queued between two clears. A clear ends the current generation: whatever was queued in it
/// is dropped unsent, a wait for its next paced slot ends at once (the sender wakes it), and its marks, when echoed,
/// were cleared rather than played. Comparing a message's generation with the current one is all the writer needs
/// to know.
/// </summary>
internal sealed class PlaybackGeneration
{
    private volatile bool _cleared;

    /// <summary>Whether a clear has ended this generation.</summary>
    public bool IsCleared => _cleared;

    /// <summary>Ends this generation; called once, by the clear that starts the next.</summary>
    public void Clear() => _cleared = true;
}
