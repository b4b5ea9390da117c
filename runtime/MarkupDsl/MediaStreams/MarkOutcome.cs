namespace MarkupDsl.MediaStreams;

/// <summary>What became of the audio sent before a mark: the result of <see cref="MediaStreamSession.SendMarkAsync"/>.</summary>
public enum MarkOutcome
{
    /// <summary>The provider echoed the mark and no clear was sent after it: the audio before it was played.</summary>
    Played,

    /// <summary>A clear was sent after the mark: the provider (or the local queue) dropped the audio before it.</summary>
    Cleared,

    /// <summary>The stream ended before the provider echoed the mark.</summary>
    StreamEnded,
}
