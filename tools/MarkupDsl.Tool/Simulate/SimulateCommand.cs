using System.CommandLine;
using System.Globalization;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;
using MarkupDsl.Simulator;
using MarkupDsl.Simulator.ConversationRelay;

namespace MarkupDsl.Tool.Simulate;

/// <summary>
/// <c>markupdsl simulate URL</c>: be Twilio, Telnyx or SignalWire calling the voice app whose webhook is URL. One call
/// prints its timeline and writes what came back as WAV; <c>--calls N</c> places N concurrent calls and prints totals
/// and the marks' round-trip percentiles. Exit code 1 when a call failed, lost frames or broke the protocol.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var url = new Argument<Uri>("URL")
        {
            Description = "The app's voice webhook, e.g. https://localhost:5001/voice (with --conversation-relay, or its wss:// WebSocket).",
            CustomParser = result =>
            {
                string text = result.Tokens[0].Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out Uri? webhook) && webhook.Scheme is "http" or "https" or "ws" or "wss")
                {
                    return webhook;
                }

                result.AddError($"'{text}' is not an absolute http://, https:// (or, with --conversation-relay, ws:// or wss://) URL.");
                return null;
            },
        };
        var provider = new Option<string>("--provider") { Description = "Who calls: twilio, telnyx or signalwire.", DefaultValueFactory = _ => "twilio" };
        provider.AcceptOnlyFromAmong("twilio", "telnyx", "signalwire");
        var authToken = new Option<string?>("--auth-token") { Description = "Sign the webhook and the upgrade with this auth token (Twilio, SignalWire); Telnyx: sent as x-telnyx-streaming-auth-token." };
        var wav = new Option<string?>("--wav") { Description = "The caller's voice: a PCM16 8 kHz mono WAV (default: a built-in 3.96 s of speech)." };
        var speed = new Option<double>("--speed") { Description = "Stream and play this many times faster than real time.", DefaultValueFactory = _ => 1 };
        var dtmf = new Option<string>("--dtmf") { Description = "Keys the caller presses, one every 500 ms from 1 s on, e.g. 12#.", DefaultValueFactory = _ => "" };
        var calls = new Option<int>("--calls") { Description = "Concurrent calls; more than 1 prints a load report instead of a timeline.", DefaultValueFactory = _ => 1 };
        var duration = new Option<double?>("--duration") { Description = "Repeat the audio until each call lasts at least this many seconds." };
        var rampUp = new Option<double?>("--ramp-up") { Description = "Spread the calls' starts over this many seconds (default: 10 ms per call)." };
        var quiet = new Option<int>("--quiet-ms") { Description = "End a call once the app has been quiet this long after the audio.", DefaultValueFactory = _ => 1000 };
        var recordings = new Option<string>("--recordings") { Description = "Where the received audio is written as WAV.", DefaultValueFactory = _ => "recordings" };
        var pin = new Option<string?>("--pin") { Description = "Trust only the server certificate with this SHA-256 (64 hex digits)." };
        var insecure = new Option<bool>("--insecure") { Description = "Trust any server certificate (a self-signed one)." };
        var from = new Option<string>("--from") { Description = "The caller's number.", DefaultValueFactory = _ => "+15005550006" };
        var to = new Option<string>("--to") { Description = "The called number.", DefaultValueFactory = _ => "+15005550001" };
        var relay = new Option<bool>("--conversation-relay") { Description = "Follow <Connect><ConversationRelay> instead of a <Stream> and play a script of caller turns (Twilio, Telnyx)." };
        var script = new Option<string?>("--script") { Description = "With --conversation-relay: the caller's turns, one a line (default: a built-in script)." };
        var parameter = new Option<string[]>("--parameter") { Description = "With --conversation-relay: a custom parameter for setup, NAME=VALUE (repeatable); with a wss:// URL, the only ones." };
        parameter.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string[]>().FirstOrDefault(pair => pair.IndexOf('=') < 1) is { } bad)
            {
                result.AddError($"--parameter '{bad}' is not NAME=VALUE.");
            }
        });
        var replyTimeout = new Option<int>("--reply-timeout-ms") { Description = "With --conversation-relay: how long the app has to finish a reply or send end.", DefaultValueFactory = _ => 5000 };
        var command = new Command("simulate", "Be Twilio, Telnyx or SignalWire calling a running voice app: webhook, <Stream>, audio in real time, marks, DTMF; or a ConversationRelay session.")
        {
            url, provider, authToken, wav, speed, dtmf, calls, duration, rampUp, quiet, recordings, pin, insecure, from, to, relay, script, replyTimeout, parameter,
        };
        calls.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--calls must be at least 1.");
            }
        });
        speed.Validators.Add(result =>
        {
            if (!(result.GetValueOrDefault<double>() > 0))
            {
                result.AddError("--speed must be a positive number.");
            }
        });
        command.Validators.Add(result =>
        {
            bool conversationRelay = result.GetValue(relay);
            if (!conversationRelay && result.GetValue(url) is { Scheme: "ws" or "wss" } socket)
            {
                result.AddError($"'{socket}' is a WebSocket URL: give the voice webhook, or add --conversation-relay.");
            }

            if (!conversationRelay && (new Option[] { script, replyTimeout, parameter }.Any(relayOnly => result.GetResult(relayOnly) is { Implicit: false })))
            {
                result.AddError("--script, --reply-timeout-ms and --parameter go with --conversation-relay.");
            }

            if (conversationRelay && new Option[] { wav, speed, dtmf, calls, duration, rampUp, quiet, recordings }.FirstOrDefault(media => result.GetResult(media) is { Implicit: false }) is { } extra)
            {
                result.AddError($"{extra.Name} is for Media Streams, not --conversation-relay (the script holds the caller's turns).");
            }

            if (conversationRelay && result.GetValue(provider) == "signalwire")
            {
                result.AddError("--conversation-relay is Twilio's and Telnyx's: --provider twilio or telnyx.");
            }
        });
        command.SetAction(async (result, cancellationToken) =>
        {
            TextWriter output = result.InvocationConfiguration.Output, error = result.InvocationConfiguration.Error;
            CallOptions options;
            InboundAudio audio;
            ConversationRelaySimulatorOptions? relayOptions = null;
            RelayScript? relayScript = null;
            try
            {
                options = new CallOptions
                {
                    Provider = Enum.Parse<MediaStreamProvider>(result.GetRequiredValue(provider), ignoreCase: true),
                    AuthToken = result.GetValue(authToken),
                    Speed = result.GetValue(speed),
                    QuietPeriod = TimeSpan.FromMilliseconds(result.GetValue(quiet)),
                    RecordingsDirectory = result.GetRequiredValue(recordings),
                    From = result.GetRequiredValue(from),
                    To = result.GetRequiredValue(to),
                    Dtmf = result.GetRequiredValue(dtmf),
                    Pin = result.GetValue(pin) is { } hash ? CertificatePin.Parse(hash) : null,
                    Insecure = result.GetValue(insecure),
                };
                options.Validate();
                if (result.GetValue(relay))
                {
                    relayOptions = new ConversationRelaySimulatorOptions
                    {
                        Call = options,
                        ReplyTimeout = TimeSpan.FromMilliseconds(result.GetValue(replyTimeout)),
                        Parameters = (result.GetValue(parameter) ?? []).Select(pair => pair.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal),
                    };
                    relayOptions.Validate();
                    relayScript = result.GetValue(script) is { } file ? RelayScript.Load(file) : RelayScript.Default;
                }

                audio = LoadAudio(result.GetValue(wav));
                if (result.GetValue(duration) is { } seconds)
                {
                    audio = audio.Repeat(TimeSpan.FromSeconds(seconds));
                }
            }
            catch (Exception e) when (e is ArgumentException or IOException or FormatException)
            {
                error.WriteLine(e.Message);
                return 2;
            }

            if (relayOptions is not null)
            {
                return await ConversationRelayRun.RunAsync(relayOptions, result.GetRequiredValue(url), relayScript!, output, error, cancellationToken);
            }

            using var simulator = new CallSimulator(options);
            Uri webhook = result.GetRequiredValue(url);
            int count = result.GetValue(calls);
            return count == 1
                ? await SingleCall.RunAsync(simulator, webhook, audio, options, output, error, cancellationToken)
                : await LoadRun.RunAsync(simulator, webhook, audio, count, TimeSpan.FromSeconds(result.GetValue(rampUp) ?? count * 0.010), output, error, cancellationToken);
        });
        return command;
    }

    /// <summary>The WAV file given, or the built-in speech.</summary>
    private static InboundAudio LoadAudio(string? path)
    {
        if (path is not null)
        {
            return File.Exists(path) ? InboundAudio.Load(path) : throw new FileNotFoundException($"--wav {path}: no such file.");
        }

        using Stream speech = typeof(SimulateCommand).Assembly.GetManifestResourceStream("hello.wav")!;
        return InboundAudio.FromWave(WaveReader.ReadPcm16(speech), "built-in hello.wav");
    }

    /// <summary>Formats a count for the reports.</summary>
    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
