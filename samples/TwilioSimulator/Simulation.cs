using MarkupDsl.Audio;
using MarkupDsl.Simulator;
using Microsoft.Extensions.Logging;
using VoiceServer;
using VoiceServer.Media;

namespace TwilioSimulator;

/// <summary>
/// The demo: starts the voice server in-process (unless one is given), places one call per audio file, and prints
/// what happened on each: messages each way, frames, marks, WAV files and end-to-end checks.
/// </summary>
public static class Simulation
{
    /// <summary>Runs the calls.</summary>
    /// <param name="options">What to call and how.</param>
    /// <param name="output">Where the account of each call is written.</param>
    /// <param name="cancellationToken">Abandons the run.</param>
    /// <returns>The calls, in order.</returns>
    /// <exception cref="ArgumentException">A server is given without a pin, or there is no audio file.</exception>
    public static async Task<IReadOnlyList<SimulatedCall>> RunAsync(SimulatorOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (options.AudioFiles.Count == 0)
        {
            throw new ArgumentException("There is no audio file to stream.", nameof(options));
        }

        await using VoiceServerHost? server = options.Server is null
            ? await VoiceServerHost.StartAsync(new VoiceServerOptions { RecordingsDirectory = options.RecordingsDirectory, AuthToken = options.AuthToken, MinimumLogLevel = LogLevel.Warning }, cancellationToken)
            : null;
        Uri address = server?.BaseAddress ?? options.Server!;
        CertificatePin pin = server is not null
            ? CertificatePin.Of(server.Certificate)
            : options.Pin ?? throw new ArgumentException("A server needs the SHA-256 pin of its certificate.", nameof(options));
        output.WriteLine(server is not null
            ? $"Voice server started in-process at {address}: HTTPS and wss:// with a certificate made at start-up, pinned by SHA-256 {pin}"
            : $"Calling the voice server at {address}, certificate pinned by SHA-256 {pin}");

        var calls = new List<SimulatedCall>();
        using var simulator = new CallSimulator(new CallOptions
        {
            Speed = options.Speed,
            QuietPeriod = options.QuietPeriod,
            RecordingsDirectory = options.RecordingsDirectory,
            From = options.From,
            To = options.To,
            Pin = pin,
            AuthToken = options.AuthToken,
        });
        foreach (string audioPath in options.AudioFiles)
        {
            CallReport report = await simulator.RunCallAsync(new Uri(address, "voice"), InboundAudio.Load(audioPath), cancellationToken: cancellationToken);
            CallRecord? app = server is null
                ? null
                : await server.Calls.WaitForCallAsync(report.CallSid, cancellationToken).WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            var call = new SimulatedCall(report, app);
            Print(call, options, output);
            calls.Add(call);
        }

        return calls;
    }

    private static void Print(SimulatedCall call, SimulatorOptions options, TextWriter output)
    {
        CallReport provider = call.Provider;
        WaveAudio source = WaveReader.ReadPcm16(provider.AudioPath);
        int framesSent = provider.SentMuLaw.Length / 160;
        output.WriteLine();
        output.WriteLine($"Call {provider.CallSid} from {options.From} to {options.To}: {Path.GetFileName(provider.AudioPath)} ({source.Duration.TotalSeconds:0.00} s, {source.Samples.Length} samples) at {options.Speed:0.##}x");
        output.WriteLine($"  webhook    POST {provider.Webhook} -> <Connect><Stream url=\"{provider.Stream.Url}\"> with {Pairs(provider.Stream.Parameters)}");
        output.WriteLine($"  to app     {Counts(provider.MessagesSent, "connected", "start", "media", "mark", "stop")}");
        output.WriteLine($"  from app   {Counts(provider.MessagesReceived, "media", "mark", "clear", "invalid")}");
        output.WriteLine($"  frames     {framesSent} x 20 ms of mu-law sent (the last padded with {provider.PaddingSamples} samples of silence), {provider.MessagesReceived.GetValueOrDefault("media")} received and played");
        output.WriteLine($"  marks      {provider.MessagesReceived.GetValueOrDefault("mark")} from the app, {provider.MarksReturned.Count} returned once their audio had played");
        if (call.App is { } app)
        {
            output.WriteLine($"  app saw    {Counts(app.MessagesReceived, "connected", "start", "media", "dtmf", "mark", "stop", "close", "malformed")}; parameters {Pairs(app.Parameters)}");
            output.WriteLine($"  app sent   {Counts(app.MessagesSent, "media", "mark")}; {app.MarksReturned.Count} of its {app.MarksSent.Count} marks came back");
            output.WriteLine($"  app WAV    {Relative(app.InboundWavePath)}: {app.InboundSamples} samples, 8 kHz mono PCM16, closed on {(app.EndedBySocketClose ? "socket close" : "stop")}");
        }

        output.WriteLine($"  echo WAV   {Relative(provider.OutboundWavePath)}: {provider.OutboundSamples} samples, 8 kHz mono PCM16");
        foreach (string error in provider.ProtocolErrors)
        {
            output.WriteLine($"  rejected   {error}");
        }

        foreach ((string check, bool passed) in call.Check())
        {
            output.WriteLine($"  {(passed ? "ok  " : "FAIL")}       {check}");
        }

        output.WriteLine($"  took       {provider.Elapsed.TotalSeconds:0.00} s");
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts, params string[] order) =>
        string.Join(", ", order.Where(counts.ContainsKey).Concat(counts.Keys.Except(order).Order(StringComparer.Ordinal)).Select(name => $"{counts[name]} {name}"))
        is { Length: > 0 } text ? text : "nothing";

    private static string Pairs(IReadOnlyDictionary<string, string> pairs) =>
        string.Join(", ", pairs.Select(pair => $"{pair.Key}={pair.Value}"));

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
