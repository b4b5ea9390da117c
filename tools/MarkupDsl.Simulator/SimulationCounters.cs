namespace MarkupDsl.Simulator;

/// <summary>Running totals over every call of a simulator, safe to read while calls run (for progress).</summary>
public sealed class SimulationCounters
{
    private long _callsStreaming;
    private long _callsEnded;
    private long _callsFailed;
    private long _framesSent;
    private long _framesReceived;

    /// <summary>Calls whose stream is open.</summary>
    public long CallsStreaming => Volatile.Read(ref _callsStreaming);

    /// <summary>Calls that ended with <c>stop</c> and a closed socket.</summary>
    public long CallsEnded => Volatile.Read(ref _callsEnded);

    /// <summary>Calls that failed: webhook, markup, upgrade or socket.</summary>
    public long CallsFailed => Volatile.Read(ref _callsFailed);

    /// <summary>20 ms frames of caller audio sent.</summary>
    public long FramesSent => Volatile.Read(ref _framesSent);

    /// <summary>20 ms frames' worth of audio received from the apps (160 mu-law bytes each).</summary>
    public long FramesReceived => Volatile.Read(ref _framesReceived);

    internal void StreamOpened() => Interlocked.Increment(ref _callsStreaming);

    internal void CallEnded(bool streamed, bool failed)
    {
        if (streamed)
        {
            Interlocked.Decrement(ref _callsStreaming);
        }

        Interlocked.Increment(ref failed ? ref _callsFailed : ref _callsEnded);
    }

    internal void FrameSent() => Interlocked.Increment(ref _framesSent);

    internal void SamplesReceived(long before, long after) =>
        Interlocked.Add(ref _framesReceived, Frames(after) - Frames(before));

    private static long Frames(long samples) => (samples + InboundAudio.FrameSamples - 1) / InboundAudio.FrameSamples;
}
