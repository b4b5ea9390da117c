using MarkupDsl.Simulator;
using static MarkupDsl.Tool.Simulate.SimulateCommand;

namespace MarkupDsl.Tool.Simulate;

/// <summary>Many concurrent calls: progress while they run, then the totals and round-trip percentiles.</summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(CallSimulator simulator, Uri webhook, InboundAudio audio, int calls, TimeSpan rampUp, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        output.WriteLine($"Placing {calls} calls to {webhook} over {rampUp.TotalSeconds:0.#} s, each streaming {audio.Duration.TotalSeconds:0.00} s of audio");
        SimulationCounters counters = simulator.Counters;
        LoadReport report;
        using (ProgressLine.Start(error, () =>
            $"calls: {counters.CallsStreaming} streaming, {counters.CallsEnded} ended, {counters.CallsFailed} failed; frames: {Count(counters.FramesSent)} sent, {Count(counters.FramesReceived)} received"))
        {
            report = await simulator.RunLoadAsync(webhook, audio, calls, rampUp, cancellationToken);
        }

        output.WriteLine($"calls      {report.Completed} of {report.Calls} completed");
        foreach ((string failure, int count) in report.Failures)
        {
            output.WriteLine($"failed     {count} x {failure}");
        }

        output.WriteLine($"frames     {Count(report.FramesSent)} sent, {Count(report.FramesReceived)} received, {Count(report.FramesLost)} lost, {Count(report.LateFrames)} sent late");
        output.WriteLine($"round trip {report.RoundTrips}");
        output.WriteLine($"rejected   {Count(report.ProtocolErrors)} messages from the app");
        output.WriteLine($"took       {report.Elapsed.TotalSeconds:0.0} s, client CPU {report.ClientCpu.TotalSeconds:0.0} s ({report.ClientCpu / report.Elapsed:P0} of one core)");
        return report.Completed == report.Calls && report.FramesLost == 0 && report.ProtocolErrors == 0 ? 0 : 1;
    }
}
