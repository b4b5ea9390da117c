namespace MarkupDsl.MediaStreams;

/// <summary>
/// The track names of <c>media.track</c> and <c>start.tracks</c>: audio from the caller (<c>inbound</c>) and audio
/// sent to the caller (<c>outbound</c>, only on a <c>&lt;Start&gt;&lt;Stream track="both_tracks"&gt;</c> fork).
/// The parser returns these very instances, so comparing by reference is valid but not required.
/// </summary>
public static class MediaTrack
{
    /// <summary>Audio from the caller.</summary>
    public const string Inbound = "inbound";

    /// <summary>Audio played to the caller.</summary>
    public const string Outbound = "outbound";
}
