using System.Threading.Tasks;

namespace MarkupDsl.MediaStreams;

/// <summary>A mark sent or queued, waiting for the provider's echo; completed once, with its outcome.</summary>
internal sealed class PendingMark(string name)
{
    private readonly TaskCompletionSource<MarkOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    /// <summary>The playback generation when the mark went on the wire: a clear after it makes the echo mean cleared.</summary>
    public long Generation { get; set; }

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp when the mark went on the wire, for its round-trip time.</summary>
    public long SentAt { get; set; }

    public Task<MarkOutcome> Outcome => _outcome.Task;

    public void Complete(MarkOutcome outcome) => _outcome.TrySetResult(outcome);
}
