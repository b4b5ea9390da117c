using MarkupDsl.Markup;
using MarkupDsl.Simulator;

namespace MarkupDsl.Tool.Simulate;

/// <summary>One simulated call: its timeline as it happens, progress while it streams, then what it saw.</summary>
internal static class SingleCall
{
    public static async Task<int> RunAsync(CallSimulator simulator, Uri webhook, InboundAudio audio, CallOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var printing = new Lock();
        output.WriteLine($"Calling {webhook} as {options.Provider}: {audio.Name} ({audio.Duration.TotalSeconds:0.00} s, {audio.Frames} frames) at {options.Speed:0.##}x");
        using var progress = ProgressLine.Start(error, () =>
            $"streaming: {SimulateCommand.Count(simulator.Counters.FramesSent)}/{SimulateCommand.Count(audio.Frames)} frames sent, {SimulateCommand.Count(simulator.Counters.FramesReceived)} received");
        CallReport report;
        try
        {
            report = await simulator.RunCallAsync(webhook, audio, entry =>
            {
                lock (printing)
                {
                    progress.Clear();
                    output.WriteLine(entry);
                }
            }, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or MarkupParseException or InvalidDataException or System.Net.WebSockets.WebSocketException or IOException or TimeoutException)
        {
            progress.Clear();
            error.WriteLine($"The call failed: {e.Message}");
            return 1;
        }

        progress.Clear();
        output.WriteLine();
        output.WriteLine($"frames   {report.FramesSent} sent, {report.FramesReceived} received, {report.FramesLost} lost{(report.LateFrames > 0 ? $", {report.LateFrames} sent late" : "")}");
        output.WriteLine($"marks    {report.MessagesReceived.GetValueOrDefault("mark")} received, {report.MarksReturned.Count} returned; round trip {LatencySummary.Of(report.MarkRoundTrips)}");
        output.WriteLine($"dtmf     {report.MessagesSent.GetValueOrDefault("dtmf")} sent");
        output.WriteLine($"received {Path.GetRelativePath(Environment.CurrentDirectory, report.OutboundWavePath)}: {report.OutboundSamples} samples, 8 kHz mono PCM16");
        foreach (string problem in report.ProtocolErrors)
        {
            output.WriteLine($"rejected {problem}");
        }

        output.WriteLine($"took     {report.Elapsed.TotalSeconds:0.00} s");
        return report.ProtocolErrors.Count == 0 && report.FramesLost == 0 ? 0 : 1;
    }
}
