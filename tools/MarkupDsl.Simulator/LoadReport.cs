namespace MarkupDsl.Simulator;

/// <summary>What many concurrent calls saw, added up.</summary>
/// <param name="Calls">Calls placed.</param>
/// <param name="Completed">Calls that ended with <c>stop</c> and a closed socket.</param>
/// <param name="Failures">Why the other calls failed: each distinct message with how many calls it ended.</param>
/// <param name="FramesSent">20 ms frames of caller audio sent, over every completed call.</param>
/// <param name="FramesReceived">20 ms frames' worth of audio received from the app.</param>
/// <param name="FramesLost">Frames sent on two-way streams that did not come back.</param>
/// <param name="LateFrames">Frames sent more than 20 ms after they were due: the simulator falling behind.</param>
/// <param name="ProtocolErrors">Messages from the app the provider would have rejected.</param>
/// <param name="RoundTrips">Percentiles of the marks' round trips (see <see cref="CallReport.MarkRoundTrips"/>).</param>
/// <param name="Elapsed">From the first webhook to the last closed socket.</param>
/// <param name="ClientCpu">Processor time this process used meanwhile, all threads.</param>
public sealed record LoadReport(
    int Calls,
    int Completed,
    IReadOnlyDictionary<string, int> Failures,
    long FramesSent,
    long FramesReceived,
    long FramesLost,
    long LateFrames,
    long ProtocolErrors,
    LatencySummary RoundTrips,
    TimeSpan Elapsed,
    TimeSpan ClientCpu);
