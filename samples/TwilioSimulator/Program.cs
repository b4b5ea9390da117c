using System.Globalization;
using MarkupDsl.Simulator;
using TwilioSimulator;

// A stand-in for Twilio: places calls to the voice server (started in-process unless --server is given), streams
// WAV files as the caller's voice over Media Streams, plays back what comes back, and prints what happened.
// Exit code: 0 when every end-to-end check passed, 1 when one failed, 2 for a bad command line.
const string Usage = """
    Usage: dotnet run --project samples/TwilioSimulator -- [options]
      --audio FILE       a PCM16 8 kHz mono WAV to stream, one call each (repeatable; default: samples/audio/*.wav)
      --speed X          stream and play X times as fast as real time (default 1)
      --quiet-ms N       end a call once the app has been quiet this long (default 1000)
      --recordings DIR   where the WAV files go (default: recordings)
      --server URL       call a running VoiceServer instead of starting one in-process (needs --pin)
      --pin SHA256       the hex SHA-256 of that server's certificate, as the server prints it
      --auth-token TOKEN sign requests with this auth token (default: the sample server's default)
    """;

if (args is ["--help"] or ["-h"])
{
    Console.WriteLine(Usage);
    return 0;
}

SimulatorOptions options;
try
{
    options = Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

IReadOnlyList<SimulatedCall> calls = await Simulation.RunAsync(options, Console.Out);
return calls.All(call => call.Check().All(check => check.Passed)) ? 0 : 1;

static SimulatorOptions Parse(string[] args)
{
    var options = new SimulatorOptions();
    var audio = new List<string>();
    for (int i = 0; i < args.Length; i++)
    {
        string name = args[i];
        string value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
        options = name switch
        {
            "--audio" => options,
            "--speed" => options with { Speed = Positive(name, double.Parse(value, CultureInfo.InvariantCulture)) },
            "--quiet-ms" => options with { QuietPeriod = TimeSpan.FromMilliseconds(Positive(name, int.Parse(value, CultureInfo.InvariantCulture))) },
            "--recordings" => options with { RecordingsDirectory = value },
            "--server" => options with { Server = new Uri(value, UriKind.Absolute) },
            "--pin" => options with { Pin = CertificatePin.Parse(value) },
            "--auth-token" => options with { AuthToken = value },
            _ => throw new ArgumentException($"Unknown option {name}."),
        };
        if (name == "--audio")
        {
            audio.Add(Path.GetFullPath(value));
        }
    }

    return audio.Count > 0 ? options with { AudioFiles = audio } : options;
}

static double Positive(string name, double value) =>
    value > 0 && double.IsFinite(value) ? value : throw new ArgumentException($"{name} must be a positive number.");
