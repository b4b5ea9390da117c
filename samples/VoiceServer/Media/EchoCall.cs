using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace VoiceServer.Media;

/// <summary>
/// One call's stream: writes the caller's audio to a WAV file and sends it straight back, each inbound chunk as
/// 20 ms media frames followed by a mark named after the chunk.
/// </summary>
public sealed class EchoCall
{
    private readonly MediaStreamSession _session;
    private readonly string _recordingsDirectory;
    private readonly ILogger _logger;
    private readonly Dictionary<string, int> _received = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _sent = new(StringComparer.Ordinal);
    private readonly List<string> _marksSent = [];
    private readonly List<string> _marksReturned = [];
    private readonly List<Task<MarkOutcome>> _markOutcomes = [];
    private WaveWriter? _recording;
    private string? _recordingPath;
    private long _recordedSamples;

    /// <summary>Prepares to serve a stream.</summary>
    /// <param name="session">The stream's session.</param>
    /// <param name="recordingsDirectory">Where the inbound WAV goes.</param>
    /// <param name="logger">Where the call's progress is logged.</param>
    public EchoCall(MediaStreamSession session, string recordingsDirectory, ILogger logger)
    {
        _session = session;
        _recordingsDirectory = recordingsDirectory;
        _logger = logger;
    }

    /// <summary>Serves the stream until it stops.</summary>
    /// <param name="cancellationToken">Ends the stream early (the session closes the socket).</param>
    /// <returns>What happened, or <see langword="null"/> when the stream never started.</returns>
    public async Task<CallRecord?> RunAsync(CancellationToken cancellationToken)
    {
        bool endedBySocketClose = false;
        try
        {
            await foreach (MediaStreamEvent message in _session.ReadEventsAsync(cancellationToken))
            {
                Count(_received, EventName(message));
                switch (message)
                {
                    case StartEvent start:
                        StartRecording(start);
                        break;
                    case MediaEvent { Track: MediaTrack.Inbound } media when _recording is not null:
                        await EchoAsync(media, cancellationToken);
                        break;
                    case MarkEvent mark:
                        _marksReturned.Add(mark.Name ?? "");
                        break;
                    case StopEvent stop:
                        endedBySocketClose = stop.SocketClosed;
                        StopRecording();
                        break;
                    case MalformedMessageEvent malformed:
                        _logger.LogWarning("Unreadable message from the provider: {Problem}", malformed);
                        break;
                }
            }
        }
        finally
        {
            StopRecording();
        }

        StartEvent? started = _session.Start;
        if (started?.CallSid is null || _recordingPath is null)
        {
            return null;
        }

        _logger.LogInformation(
            "Call {CallSid} ended ({How}): {Frames} media frames echoed, {Returned}/{Sent} marks back ({Played} played), {Samples} samples in {Path}",
            started.CallSid,
            endedBySocketClose ? "socket closed" : "stop",
            _sent.GetValueOrDefault("media"),
            _marksReturned.Count,
            _marksSent.Count,
            _markOutcomes.Count(outcome => outcome.IsCompletedSuccessfully && outcome.Result == MarkOutcome.Played),
            _recordedSamples,
            _recordingPath);
        return new CallRecord(
            started.CallSid,
            started.StreamSid,
            started.CustomParameters,
            _received,
            _sent,
            _marksSent,
            _marksReturned,
            _recordingPath,
            _recordedSamples,
            endedBySocketClose,
            _session.DroppedEvents);
    }

    private void StartRecording(StartEvent start)
    {
        if (_recording is not null)
        {
            return;
        }

        Directory.CreateDirectory(_recordingsDirectory);
        _recordingPath = Path.GetFullPath(Path.Combine(_recordingsDirectory, $"{FileNameFor(start)}-inbound.wav"));
        _recording = WaveWriter.Create(_recordingPath, start.MediaFormat is { SampleRate: > 0 } format ? format.SampleRate : 8000);
        _logger.LogInformation(
            "Call {CallSid} stream {StreamSid} started with {Parameters}; recording to {Path}",
            start.CallSid,
            start.StreamSid,
            string.Join(", ", start.CustomParameters.Select(p => $"{p.Key}={p.Value}")),
            _recordingPath);
    }

    private async Task EchoAsync(MediaEvent media, CancellationToken cancellationToken)
    {
        // The session decoded the payload by the announced encoding; the samples of a reused event stay valid until
        // the next event, and SendAudioAsync has encoded them into its own frames by the time it completes.
        ReadOnlyMemory<short> pcm = media.Samples;
        _recording!.Write(pcm.Span);
        _recordedSamples += pcm.Length;

        await _session.SendAudioAsync(pcm, cancellationToken);
        Count(_sent, "media", (pcm.Length + MediaStreamSession.SamplesPerFrame - 1) / MediaStreamSession.SamplesPerFrame);
        string mark = $"echo-{media.Chunk}";

        // The task completes on the echo, which this loop itself reads: keep it rather than wait for it here.
        _markOutcomes.Add(_session.SendMarkAsync(mark, cancellationToken));
        _marksSent.Add(mark);
        Count(_sent, "mark");
    }

    private void StopRecording()
    {
        _recording?.Dispose();
        _recording = null;
    }

    /// <summary>The SIDs come from the network: only letters, digits, '-' and '_' reach the file name.</summary>
    private static string FileNameFor(StartEvent start)
    {
        string sid = start.CallSid ?? start.StreamSid ?? "";
        return sid.Length > 0 && sid.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? sid : $"call-{Guid.NewGuid():N}";
    }

    private static string EventName(MediaStreamEvent message) => message switch
    {
        ConnectedEvent => "connected",
        StartEvent => "start",
        MediaEvent => "media",
        DtmfEvent => "dtmf",
        MarkEvent => "mark",
        StopEvent { SocketClosed: true } => "close",
        StopEvent => "stop",
        UnknownEvent unknown => unknown.EventName,
        _ => "malformed",
    };

    private static void Count(Dictionary<string, int> counts, string name, int by = 1) =>
        counts[name] = counts.GetValueOrDefault(name) + by;
}
