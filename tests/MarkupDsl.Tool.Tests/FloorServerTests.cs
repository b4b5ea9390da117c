using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using FloorServer;
using MarkupDsl.Audio;

namespace MarkupDsl.Tool.Tests;

/// <summary>
/// benchmarks/load/FloorServer under <c>markupdsl simulate</c>, as benchmarks/load/compare.sh drives it (pinned
/// certificate, Twilio's messages): the floor must answer exactly what the simulator checks, or the comparison measures
/// failures.
/// </summary>
public sealed class FloorServerTests : IAsyncLifetime, IDisposable
{
    /// <summary>The built-in speech: 3.96 s, 198 frames of 20 ms.</summary>
    private const int Frames = 198;

    private readonly string _recordings = Path.Combine(Path.GetTempPath(), $"markupdsl-floor-{Guid.NewGuid():N}");
    private FloorServerHost _server = null!;

    public async Task InitializeAsync() => _server = await FloorServerHost.StartAsync(port: 0);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string[] Arguments(params string[] more) =>
        ["simulate", new Uri(_server.BaseAddress, "voice").ToString(), "--pin", _server.Certificate.GetCertHashString(HashAlgorithmName.SHA256),
            "--speed", "10", "--quiet-ms", "4000", "--recordings", _recordings, .. more];

    [Fact(Timeout = 120_000)]
    public async Task One_call_gets_every_frame_back_unchanged_and_a_mark_after_each()
    {
        (int exitCode, string output, string error) = await ToolRunner.RunAsync(Arguments());

        Assert.True(exitCode == 0, output + error);
        string[] lines = output.Split('\n');
        Assert.Contains(lines, line => line.EndsWith("<-  two-way stream to " + new Uri(_server.BaseAddress, "media").ToString().Replace("https", "wss", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains($"frames   {Frames} sent, {Frames} received, 0 lost", lines[^6]);
        Assert.StartsWith($"marks    {Frames} received, {Frames} returned; round trip p50 ", lines[^5]);
        Assert.Contains(lines, line => line.EndsWith("->  mark echo-198 returned", StringComparison.Ordinal));

        // The payload goes back as it came: the played audio is the speech through mu-law once.
        using Stream speech = typeof(MarkupDslCommand).Assembly.GetManifestResourceStream("hello.wav")!;
        WaveAudio sent = WaveReader.ReadPcm16(speech);
        byte[] muLaw = new byte[Frames * 160];
        Array.Fill(muLaw, MuLaw.Encode(0));
        MuLaw.Encode(sent.Samples.Span, muLaw);
        short[] expected = new short[muLaw.Length];
        MuLaw.Decode(muLaw, expected);
        WaveAudio echoed = WaveReader.ReadPcm16(Assert.Single(Directory.GetFiles(_recordings, "*-outbound.wav")));
        Assert.Equal(expected, echoed.Samples.ToArray());
    }

    [Fact(Timeout = 120_000)]
    public async Task Concurrent_calls_lose_nothing_and_no_message_is_rejected()
    {
        (int exitCode, string output, string error) = await ToolRunner.RunAsync(Arguments("--calls", "3", "--ramp-up", "0.1"));

        Assert.True(exitCode == 0, output + error);
        string[] lines = output.Split('\n');
        Assert.Equal("calls      3 of 3 completed", lines[1]);
        Assert.StartsWith($"frames     {3 * Frames} sent, {3 * Frames} received, 0 lost, ", lines[2]);
        Assert.EndsWith($"({3 * Frames} marks)", lines[3]);
        Assert.Equal("rejected   0 messages from the app", lines[4]);
    }

    public void Dispose()
    {
        if (Directory.Exists(_recordings))
        {
            Directory.Delete(_recordings, recursive: true);
        }
    }
}
