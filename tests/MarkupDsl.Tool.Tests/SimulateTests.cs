using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tool.Tests;

/// <summary><c>markupdsl simulate</c> against an echoing app on loopback: one call per provider, and the load mode.</summary>
public sealed class SimulateTests : IAsyncLifetime, IDisposable
{
    /// <summary>The built-in speech: 3.96 s, 198 frames of 20 ms.</summary>
    private const int Frames = 198;

    /// <summary>Long enough that a loaded machine's pause (a JIT, a GC, thread-pool growth while other test projects run) does not pass for the app having finished: 1.5 s was not, once.</summary>
    private const string QuietMs = "4000";

    private readonly string _recordings = Path.Combine(Path.GetTempPath(), $"markupdsl-simulate-{Guid.NewGuid():N}");
    private EchoApp _app = null!;

    public async Task InitializeAsync() => _app = await EchoApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory(Timeout = 120_000)]
    [InlineData("twilio", MediaStreamProvider.Twilio)]
    [InlineData("telnyx", MediaStreamProvider.Telnyx)]
    [InlineData("signalwire", MediaStreamProvider.SignalWire)]
    public async Task One_call_streams_the_speech_in_the_providers_dialect_and_gets_every_frame_and_mark_back(string provider, MediaStreamProvider expected)
    {
        (int exitCode, string output, string error) = await ToolRunner.RunAsync(
            "simulate", new Uri(_app.Address, provider).ToString(), "--provider", provider, "--auth-token", EchoApp.AuthToken,
            "--insecure", "--speed", "10", "--quiet-ms", QuietMs, "--dtmf", "4#", "--recordings", _recordings, "--from", "+15550001111");

        Assert.True(exitCode == 0, output + error);
        EchoApp.Stream stream = Assert.Single(_app.Streams);
        Assert.Equal(expected, stream.Provider);
        Assert.Equal("+15550001111", stream.Parameters["caller"]);
        Assert.Equal(["4", "#"], stream.Digits);
        Assert.Equal(Frames, stream.MarksPlayed);

        string[] lines = output.Split('\n');
        Assert.Contains($"frames   {Frames} sent, {Frames} received, 0 lost", lines[^6]);
        Assert.StartsWith($"marks    {Frames} received, {Frames} returned; round trip p50 ", lines[^5]);
        Assert.Equal("dtmf     2 sent", lines[^4]);
        Assert.Contains(lines, line => line.EndsWith("->  dtmf 4", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith("<-  mark echo-1 (round trip", StringComparison.Ordinal) || Regex.IsMatch(line, @"<-  mark echo-1 \(round trip \d+\.\d ms\)$"));
        Assert.Contains(lines, line => line.EndsWith("->  mark echo-198 returned", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith("->  stop", StringComparison.Ordinal));

        // What came back is the speech, through mu-law twice, at 8 kHz mono.
        string wave = Assert.Single(Directory.GetFiles(_recordings, "*-outbound.wav"));
        WaveAudio echoed = WaveReader.ReadPcm16(wave);
        Assert.Equal((8000, 1, Frames * 160), (echoed.SampleRate, echoed.Channels, echoed.Samples.Length));
    }

    [Fact(Timeout = 120_000)]
    public async Task A_webhook_signed_with_another_auth_token_is_refused_and_the_call_fails()
    {
        (int exitCode, _, string error) = await ToolRunner.RunAsync(
            "simulate", new Uri(_app.Address, "twilio").ToString(), "--auth-token", "not-the-token", "--insecure", "--recordings", _recordings);

        Assert.Equal(1, exitCode);
        Assert.Contains("answered 403", error);
        Assert.Empty(_app.Streams);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_self_signed_certificate_is_refused_without_insecure()
    {
        (int exitCode, _, string error) = await ToolRunner.RunAsync("simulate", new Uri(_app.Address, "telnyx").ToString(), "--recordings", _recordings);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("The call failed: ", error);
    }

    [Fact(Timeout = 120_000)]
    public async Task Load_mode_counts_every_frame_of_every_call()
    {
        (int exitCode, string output, string error) = await ToolRunner.RunAsync(
            "simulate", new Uri(_app.Address, "twilio").ToString(), "--calls", "4", "--ramp-up", "0.2", "--auth-token", EchoApp.AuthToken,
            "--insecure", "--speed", "10", "--quiet-ms", QuietMs);

        Assert.True(exitCode == 0, output + error);
        string[] lines = output.Split('\n');
        Assert.Equal("calls      4 of 4 completed", lines[1]);
        Assert.StartsWith($"frames     {4 * Frames} sent, {4 * Frames} received, 0 lost, ", lines[2]);
        Assert.StartsWith("round trip p50 ", lines[3]);
        Assert.EndsWith($"({4 * Frames} marks)", lines[3]);
        Assert.Equal("rejected   0 messages from the app", lines[4]);
        Assert.Equal(4, _app.Streams.Count);
        Assert.All(_app.Streams, stream => Assert.Equal(Frames, stream.MarksPlayed));
    }

    public void Dispose()
    {
        if (Directory.Exists(_recordings))
        {
            Directory.Delete(_recordings, recursive: true);
        }
    }
}
