using System.Net.WebSockets;
using MarkupDsl.Markup;
using MarkupDsl.Simulator.ConversationRelay;

namespace MarkupDsl.Tool.Simulate;

/// <summary>
/// <c>markupdsl simulate --conversation-relay</c>: one session, its timeline as it happens, then each reply with its
/// time to first token and its text, and every failure. Exit code 1 when the session failed or broke the protocol.
/// </summary>
internal static class ConversationRelayRun
{
    public static async Task<int> RunAsync(ConversationRelaySimulatorOptions options, Uri url, RelayScript script, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        output.WriteLine($"ConversationRelay session with {url} as {options.Call.Provider}: {script.Name} script, {script.Turns.Count} turns");
        RelayReport report;
        try
        {
            using var simulator = new ConversationRelaySimulator(options);
            report = await simulator.RunAsync(url, script, output.WriteLine, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or MarkupParseException or InvalidDataException or WebSocketException or IOException)
        {
            error.WriteLine($"The session failed: {e.Message}");
            return 1;
        }

        output.WriteLine();
        for (int i = 0; i < report.Replies.Count; i++)
        {
            RelayReply reply = report.Replies[i];
            string first = reply.TimeToFirstToken is { } latency ? $"first token {latency.TotalMilliseconds:0.0} ms" : "unprompted";
            output.WriteLine($"reply {i + 1}  {reply.Turn}: {first}, {reply.Tokens.Count} tokens in {reply.Duration.TotalMilliseconds:0} ms, {reply.Outcome.ToString().ToLowerInvariant()}: \"{reply.Text}\"");
        }

        if (report.Ended)
        {
            output.WriteLine($"end      {(report.HandoffData is null ? "without handoffData" : "handoffData " + report.HandoffData)}");
        }

        foreach (string failure in report.Failures)
        {
            output.WriteLine($"failed   {failure}");
        }

        output.WriteLine($"took     {report.Elapsed.TotalSeconds:0.00} s");
        return report.Failures.Count == 0 ? 0 : 1;
    }
}
