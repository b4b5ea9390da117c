using System.Diagnostics;

namespace MarkupDsl.Simulator;

/// <summary>
/// The one timer that paces every call: each tick (5 ms) lets each call send what has come due. A thousand calls
/// cost one timer and one pass over a list per tick rather than a thousand delays per 20 ms frame; each call keeps its
/// own phase (frames are due from its own start), so their frames do not all leave in the same tick.
/// </summary>
internal sealed class FrameLoop : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(5);

    private readonly Lock _lock = new();
    private readonly List<ProviderCall> _calls = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public FrameLoop() => _running = RunAsync();

    public void Add(ProviderCall call)
    {
        lock (_lock)
        {
            _calls.Add(call);
        }
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Period);
        var snapshot = new List<ProviderCall>();
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                lock (_lock)
                {
                    _calls.RemoveAll(call => call.Completion.IsCompleted);
                    snapshot.AddRange(_calls);
                }

                long now = Stopwatch.GetTimestamp();
                foreach (ProviderCall call in snapshot)
                {
                    call.Tick(now);
                }

                snapshot.Clear();
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }
}
