using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Security.Cryptography;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.Audio;
using Microsoft.Extensions.Primitives;

namespace TwilioSimulator;

/// <summary>
/// Places one call the way Twilio would: POSTs the voice webhook, reads the <c>&lt;Connect&gt;&lt;Stream&gt;</c> of
/// the TwiML answer, opens the <c>wss://</c> socket trusting only the pinned certificate (both requests signed with
/// <c>X-Twilio-Signature</c> as Twilio signs them), sends <c>connected</c>,
/// <c>start</c> and the audio of a WAV file as 20 ms mu-law <c>media</c> frames at the chosen speed, plays back what
/// the app sends (returning its marks), and once the app has been quiet for a while sends <c>stop</c> and closes.
/// </summary>
public sealed class CallSimulator
{
    private const int SampleRate = 8000;
    private const int FrameSamples = 160;
    private static readonly TimeSpan FrameDuration = TimeSpan.FromMilliseconds(20);

    private readonly SimulatorOptions _options;
    private readonly Uri _server;
    private readonly CertificatePin _pin;

    /// <summary>Prepares calls to one server.</summary>
    /// <param name="options">Speed, quiet period, recordings folder, numbers.</param>
    /// <param name="server">The server's base address; the webhook is <c>POST {server}voice</c>.</param>
    /// <param name="pin">The only certificate to trust.</param>
    public CallSimulator(SimulatorOptions options, Uri server, CertificatePin pin)
    {
        _options = options;
        _server = server;
        _pin = pin;
    }

    /// <summary>Places the call and streams one WAV file as the caller's voice.</summary>
    /// <param name="audioPath">A PCM16, 8 kHz, mono WAV file.</param>
    /// <param name="cancellationToken">Abandons the call.</param>
    /// <returns>What happened on the call.</returns>
    /// <exception cref="InvalidDataException">The WAV file is not 8 kHz mono, or the TwiML has no usable stream.</exception>
    /// <exception cref="HttpRequestException">The webhook failed.</exception>
    /// <exception cref="WebSocketException">The stream failed.</exception>
    public async Task<CallReport> RunAsync(string audioPath, CancellationToken cancellationToken = default)
    {
        var elapsed = Stopwatch.StartNew();
        WaveAudio audio = WaveReader.ReadPcm16(audioPath);
        if (audio.SampleRate != SampleRate || audio.Channels != 1)
        {
            throw new InvalidDataException($"{audioPath} is {audio.SampleRate} Hz with {audio.Channels} channels; calls carry 8000 Hz mono.");
        }

        string accountSid = NewSid("AC"), callSid = NewSid("CA"), streamSid = NewSid("MZ");
        var webhook = new Uri(_server, "voice");
        StreamInstruction stream = await CallWebhookAsync(webhook, accountSid, callSid, cancellationToken);

        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => _pin.Accepts(certificate, errors);
        socket.Options.SetRequestHeader(TwilioSignature.HeaderName, TwilioSignature.Compute(_options.AuthToken, stream.Url.ToString(), []));
        await socket.ConnectAsync(stream.Url, cancellationToken);

        var provider = new ProviderSocket(socket, streamSid);
        Directory.CreateDirectory(_options.RecordingsDirectory);
        string outboundPath = Path.GetFullPath(Path.Combine(_options.RecordingsDirectory, $"{callSid}-outbound.wav"));
        using var recording = WaveWriter.Create(outboundPath, SampleRate);
        var playback = new Playback(new Pacer(_options.Speed), recording, provider.SendMarkAsync);
        using var stopPlaying = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task playing = playback.RunAsync(stopPlaying.Token);
        var heard = new Heard();
        Task listening = ListenAsync(socket, streamSid, playback, heard, cancellationToken);

        await provider.SendConnectedAsync(cancellationToken);
        await provider.SendStartAsync(accountSid, callSid, stream.Parameters, cancellationToken);
        byte[] sent = EncodeFrames(audio.Samples.Span, out int padding);
        var pacer = new Pacer(_options.Speed);
        for (int offset = 0, chunk = 1; offset < sent.Length; offset += FrameSamples, chunk++)
        {
            await provider.SendMediaAsync(chunk, (chunk - 1) * (long)FrameDuration.TotalMilliseconds, sent.AsMemory(offset, FrameSamples), cancellationToken);
            await pacer.WaitAsync(FrameDuration, cancellationToken);
        }

        await WaitForQuietAsync(playback, heard, cancellationToken);
        await provider.SendStopAsync(accountSid, callSid, cancellationToken);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
        await listening;
        await stopPlaying.CancelAsync();
        try
        {
            await playing;
        }
        catch (OperationCanceledException) when (stopPlaying.IsCancellationRequested)
        {
            // Playback ends only by being stopped.
        }

        return new CallReport(
            callSid,
            streamSid,
            audioPath,
            webhook,
            stream,
            sent,
            padding,
            provider.Sent.ToDictionary(),
            heard.Messages.ToDictionary(),
            playback.MarksReturned,
            [.. heard.Errors],
            outboundPath,
            recording.SamplesWritten,
            elapsed.Elapsed);
    }

    private async Task<StreamInstruction> CallWebhookAsync(Uri webhook, string accountSid, string callSid, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, errors) => _pin.Accepts(certificate, errors),
        });
        var fields = new Dictionary<string, string>
        {
            ["AccountSid"] = accountSid,
            ["ApiVersion"] = "2010-04-01",
            ["CallSid"] = callSid,
            ["CallStatus"] = "ringing",
            ["Direction"] = "inbound",
            ["From"] = _options.From,
            ["To"] = _options.To,
            ["Caller"] = _options.From,
            ["Called"] = _options.To,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(
            _options.AuthToken, webhook.ToString(), fields.Select(field => KeyValuePair.Create(field.Key, new StringValues(field.Value)))));
        using HttpResponseMessage answer = await http.SendAsync(request, cancellationToken);
        answer.EnsureSuccessStatusCode();
        return StreamInstruction.Parse(await answer.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Reads the app's messages until its close frame, playing media and queueing marks.</summary>
    private static async Task ListenAsync(WebSocket socket, string streamSid, Playback playback, Heard heard, CancellationToken cancellationToken)
    {
        var message = new ArrayBufferWriter<byte>();
        while (true)
        {
            ValueWebSocketReceiveResult frame;
            do
            {
                frame = await socket.ReceiveAsync(message.GetMemory(4096), cancellationToken);
                message.Advance(frame.Count);
            }
            while (!frame.EndOfMessage);

            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            heard.Touch();
            AppMessage received = frame.MessageType == WebSocketMessageType.Text
                ? AppMessage.Read(message.WrittenSpan, streamSid)
                : new AppMessage(null, null, null, "31950: binary message");
            message.ResetWrittenCount();
            heard.Messages.AddOrUpdate(received.Event ?? "invalid", 1, static (_, count) => count + 1);
            switch (received)
            {
                case { Error: { } error }:
                    heard.Errors.Enqueue(error);
                    break;
                case { Payload: { } muLaw }:
                    playback.EnqueueAudio(muLaw);
                    break;
                case { MarkName: { } mark }:
                    playback.EnqueueMark(mark);
                    break;
                default:
                    await playback.ClearAsync(cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Waits until the app has sent nothing for the quiet period and all it sent has played.</summary>
    private async Task WaitForQuietAsync(Playback playback, Heard heard, CancellationToken cancellationToken)
    {
        heard.Touch();
        while (true)
        {
            TimeSpan silent = heard.Silence;
            if (silent >= _options.QuietPeriod && playback.IsIdle)
            {
                return;
            }

            TimeSpan left = _options.QuietPeriod - silent;
            await Task.Delay(left > TimeSpan.FromMilliseconds(10) ? left : TimeSpan.FromMilliseconds(10), cancellationToken);
        }
    }

    /// <summary>Encodes the audio as mu-law, padding the last 20 ms frame with silence as a phone line would.</summary>
    private static byte[] EncodeFrames(ReadOnlySpan<short> pcm, out int padding)
    {
        padding = (FrameSamples - (pcm.Length % FrameSamples)) % FrameSamples;
        var muLaw = new byte[pcm.Length + padding];
        MuLaw.Encode(pcm, muLaw);
        muLaw.AsSpan(pcm.Length).Fill(MuLaw.Encode(0));
        return muLaw;
    }

    private static string NewSid(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>What came from the app, shared by the listening loop and the end-of-call wait.</summary>
    private sealed class Heard
    {
        private long _last = Stopwatch.GetTimestamp();

        public ConcurrentDictionary<string, int> Messages { get; } = new(StringComparer.Ordinal);

        public ConcurrentQueue<string> Errors { get; } = new();

        /// <summary>Time since the app last sent something (or since the caller stopped talking).</summary>
        public TimeSpan Silence => Stopwatch.GetElapsedTime(Volatile.Read(ref _last));

        public void Touch() => Volatile.Write(ref _last, Stopwatch.GetTimestamp());
    }
}
