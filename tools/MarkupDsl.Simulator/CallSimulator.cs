using System.Diagnostics;
using System.Net.WebSockets;
using MarkupDsl.Audio;

namespace MarkupDsl.Simulator;

/// <summary>
/// Places calls the way Twilio, Telnyx or SignalWire would: POSTs the voice webhook, follows the answer's
/// <c>&lt;Stream&gt;</c>, opens the <c>wss://</c> socket, sends <c>connected</c>, <c>start</c> and the caller's audio
/// as 20 ms mu-law <c>media</c> frames at the chosen speed, plays back what the app sends (returning its marks), and
/// once the app has been quiet for <see cref="CallOptions.QuietPeriod"/> sends <c>stop</c> and closes.
/// </summary>
/// <remarks>One <see cref="FrameLoop"/> paces every call of a run; each call has its own receive loop.</remarks>
public sealed class CallSimulator : IDisposable
{
    private readonly CallOptions _options;
    private readonly ProviderConnections _connections;

    /// <summary>Prepares calls with one set of options.</summary>
    /// <param name="options">Provider, auth token, speed, trust.</param>
    /// <exception cref="ArgumentException">The options do not go together (see <see cref="CallOptions.Validate"/>).</exception>
    public CallSimulator(CallOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _connections = new ProviderConnections(options);
    }

    /// <summary>Totals over every call placed so far, to show progress.</summary>
    public SimulationCounters Counters { get; } = new();

    /// <summary>Places one call and streams <paramref name="audio"/> as the caller's voice.</summary>
    /// <param name="webhook">The app's voice webhook, e.g. <c>https://localhost:5001/voice</c>.</param>
    /// <param name="audio">The caller's voice.</param>
    /// <param name="timeline">Told of each message as it goes or comes (not each media frame), from any thread.</param>
    /// <param name="cancellationToken">Abandons the call.</param>
    /// <returns>What happened on the call; the audio played back is in <see cref="CallReport.OutboundWavePath"/>.</returns>
    /// <exception cref="HttpRequestException">The webhook failed, or the server's certificate is not trusted.</exception>
    /// <exception cref="Markup.MarkupParseException">The answer breaks its dialect's schemas.</exception>
    /// <exception cref="InvalidDataException">The answer has no stream.</exception>
    /// <exception cref="WebSocketException">The stream failed.</exception>
    public async Task<CallReport> RunCallAsync(Uri webhook, InboundAudio audio, Action<TimelineEntry>? timeline = null, CancellationToken cancellationToken = default)
    {
        await using var loop = new FrameLoop();
        return await PlaceAsync(loop, webhook, audio, timeline, record: true, cancellationToken);
    }

    /// <summary>
    /// Places <paramref name="calls"/> concurrent calls, their starts spread evenly over <paramref name="rampUp"/>,
    /// each streaming <paramref name="audio"/> in real time (divided by the speed), and adds up what they saw.
    /// </summary>
    /// <param name="webhook">The app's voice webhook.</param>
    /// <param name="audio">The caller's voice, the same on every call.</param>
    /// <param name="calls">How many calls, at least 1.</param>
    /// <param name="rampUp">Over how long the calls start.</param>
    /// <param name="cancellationToken">Abandons the calls.</param>
    /// <returns>The totals; a failed call is counted in <see cref="LoadReport.Failures"/>, not thrown.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calls"/> is less than 1.</exception>
    public async Task<LoadReport> RunLoadAsync(Uri webhook, InboundAudio audio, int calls, TimeSpan rampUp, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(calls, 1);
        var elapsed = Stopwatch.StartNew();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using var loop = new FrameLoop();
        var placed = new Task<CallReport>[calls];
        for (int i = 0; i < calls; i++)
        {
            TimeSpan start = rampUp * i / calls;
            if (start > elapsed.Elapsed)
            {
                await Task.Delay(start - elapsed.Elapsed, cancellationToken);
            }

            placed[i] = PlaceAsync(loop, webhook, audio, null, record: false, cancellationToken);
        }

        try
        {
            await Task.WhenAll(placed);
        }
        catch (Exception) when (placed.All(call => call.IsCompleted))
        {
            // Failed calls are counted below.
        }

        CallReport[] completed = [.. placed.Where(call => call.IsCompletedSuccessfully).Select(call => call.Result)];
        return new LoadReport(
            calls,
            completed.Length,
            placed.Where(call => !call.IsCompletedSuccessfully)
                .GroupBy(call => call.Exception?.InnerException?.Message ?? "cancelled")
                .ToDictionary(group => group.Key, group => group.Count()),
            completed.Sum(call => (long)call.FramesSent),
            completed.Sum(call => call.FramesReceived),
            completed.Sum(call => call.FramesLost),
            completed.Sum(call => call.LateFrames),
            completed.Sum(call => (long)call.ProtocolErrors.Count),
            LatencySummary.Of(completed.SelectMany(call => call.MarkRoundTrips)),
            elapsed.Elapsed,
            Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    private async Task<CallReport> PlaceAsync(FrameLoop loop, Uri webhook, InboundAudio audio, Action<TimelineEntry>? timeline, bool record, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        void Log(string direction, string text) => timeline?.Invoke(new TimelineEntry(Stopwatch.GetElapsedTime(started), direction, text));
        bool streamed = false;
        try
        {
            var identity = CallIdentity.New(_options.Provider);
            Log("->", $"POST {webhook} (CallSid {identity.CallSid}, From {_options.From}, To {_options.To}){(_options.AuthToken is null ? "" : ", signed")}");
            string markup = await ProviderWebhook.PostAsync(_connections.Http, webhook, identity, _options, cancellationToken);
            StreamInstruction stream = StreamInstruction.Parse(markup, _options.Provider, webhook);
            Log("<-", $"{(stream.Bidirectional ? "two-way" : "one-way")} stream to {stream.Url}{(stream.Parameters.Count == 0 ? "" : " with " + string.Join(", ", stream.Parameters.Select(p => $"{p.Key}={p.Value}")))}");

            using var socket = new ClientWebSocket();
            foreach ((string name, string value) in ProviderWebhook.UpgradeHeaders(stream.Url, stream.BearerToken, _options))
            {
                socket.Options.SetRequestHeader(name, value);
            }

            await _connections.ConnectAsync(socket, stream.Url, cancellationToken);
            Log("  ", "WebSocket open");
            string recordingPath = Path.GetFullPath(Path.Combine(_options.RecordingsDirectory, $"{identity.CallSid.Replace(':', '_')}-outbound.wav"));
            WaveWriter? recording = null;
            if (record)
            {
                Directory.CreateDirectory(_options.RecordingsDirectory);
                recording = WaveWriter.Create(recordingPath, 8000);
            }

            var call = new ProviderCall(new CallSetup(_options, identity, webhook, stream, audio, recordingPath, started), socket, Counters, timeline, recording);
            await call.StartAsync(cancellationToken);
            Counters.StreamOpened();
            streamed = true;
            loop.Add(call);
            CallReport report = await call.Completion.WaitAsync(cancellationToken);
            Counters.CallEnded(streamed, failed: false);
            return report;
        }
        catch
        {
            Counters.CallEnded(streamed, failed: true);
            throw;
        }
    }

    /// <summary>Releases the connections.</summary>
    public void Dispose() => _connections.Dispose();
}
