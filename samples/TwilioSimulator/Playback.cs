using MarkupDsl.Audio;

namespace TwilioSimulator;

/// <summary>
/// What Twilio does with the app's outbound audio: queues it, plays it in real time (divided by the speed), and
/// returns each mark once the audio queued before it has played; <c>clear</c> drops the queued audio and returns the
/// pending marks at once. What plays is written to a WAV file (the silence between bursts is not).
/// </summary>
internal sealed class Playback(Pacer pacer, WaveWriter recording, Func<string, CancellationToken, Task> returnMark)
{
    private readonly Lock _lock = new();
    private readonly Queue<(byte[]? Audio, string? Mark)> _queue = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly List<string> _marksReturned = [];
    private bool _playing;

    /// <summary>Whether everything queued has played.</summary>
    public bool IsIdle
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count == 0 && !_playing;
            }
        }
    }

    /// <summary>The names of the marks returned so far, in order.</summary>
    public IReadOnlyList<string> MarksReturned
    {
        get
        {
            lock (_lock)
            {
                return [.. _marksReturned];
            }
        }
    }

    public void EnqueueAudio(byte[] muLaw) => Enqueue((muLaw, null));

    public void EnqueueMark(string name) => Enqueue((null, name));

    /// <summary>Drops the queued audio and returns the pending marks, in order.</summary>
    public async Task ClearAsync(CancellationToken cancellationToken)
    {
        string[] pending;
        lock (_lock)
        {
            pending = [.. _queue.Where(item => item.Mark is not null).Select(item => item.Mark!)];
            _queue.Clear();
        }

        foreach (string mark in pending)
        {
            await ReturnMarkAsync(mark, cancellationToken);
        }
    }

    /// <summary>Plays until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _wake.WaitAsync(cancellationToken);
            pacer.Resume();
            while (TryTake(out (byte[]? Audio, string? Mark) item))
            {
                try
                {
                    if (item.Audio is { } muLaw)
                    {
                        var pcm = new short[muLaw.Length];
                        MuLaw.Decode(muLaw, pcm);
                        recording.Write(pcm);
                        await pacer.WaitAsync(TimeSpan.FromSeconds(muLaw.Length / 8000.0), cancellationToken);
                    }
                    else
                    {
                        await ReturnMarkAsync(item.Mark!, cancellationToken);
                    }
                }
                finally
                {
                    lock (_lock)
                    {
                        _playing = false;
                    }
                }
            }
        }
    }

    private void Enqueue((byte[]?, string?) item)
    {
        lock (_lock)
        {
            _queue.Enqueue(item);
        }

        _wake.Release();
    }

    private bool TryTake(out (byte[]? Audio, string? Mark) item)
    {
        lock (_lock)
        {
            _playing = _queue.TryDequeue(out item);
            return _playing;
        }
    }

    private async Task ReturnMarkAsync(string mark, CancellationToken cancellationToken)
    {
        await returnMark(mark, cancellationToken);
        lock (_lock)
        {
            _marksReturned.Add(mark);
        }
    }
}
