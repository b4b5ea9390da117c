using System.Threading.Tasks;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>A mark queued or sent, waiting for the provider's echo; completed once, with its outcome.</summary>
internal sealed class PendingMark(string name, PlaybackGeneration generation)
{
    private readonly TaskCompletionSource<MarkOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    /// <summary>The playback generation it was queued in: a clear since then makes its echo mean cleared.</summary>
    public PlaybackGeneration Generation { get; } = generation;

    /// <summary>The <see cref="System.TimeProvider"/> timestamp when the mark went on the wire, for its round-trip time.</summary>
    public long SentAt { get; set; }

    public Task<MarkOutcome> Outcome => _outcome.Task;

    public void Complete(MarkOutcome outcome) => _outcome.TrySetResult(outcome);
}
