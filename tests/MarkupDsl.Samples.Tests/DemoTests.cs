using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.Simulator;
using Microsoft.Extensions.Logging;
using TwilioSimulator;
using VoiceServer;
using VoiceServer.Media;

namespace MarkupDsl.Samples.Tests;

/// <summary>The README's demo, end to end on loopback: the simulated Twilio calling the voice server.</summary>
public sealed class DemoTests : IDisposable
{
    private const int Timeout = 60_000;
    private readonly string _recordings = Path.Combine(Path.GetTempPath(), $"markupdsl-demo-{Guid.NewGuid():N}");

    [Fact(Timeout = Timeout)]
    public async Task The_app_records_exactly_what_was_sent_and_every_mark_comes_back()
    {
        var output = new StringWriter();

        IReadOnlyList<SimulatedCall> calls = await Simulation.RunAsync(Options(), output);

        SimulatedCall call = Assert.Single(calls);
        CallReport provider = call.Provider;
        CallRecord app = Assert.IsType<CallRecord>(call.App);

        // What went out is the speech file as mu-law, its last 20 ms frame filled up with silence.
        WaveAudio speech = WaveReader.ReadPcm16(provider.AudioPath);
        int frames = (speech.Samples.Length + 159) / 160;
        byte[] expectedMuLaw = new byte[frames * 160];
        Array.Fill(expectedMuLaw, MuLaw.Encode(0));
        MuLaw.Encode(speech.Samples.Span, expectedMuLaw);
        Assert.Equal(expectedMuLaw, provider.SentMuLaw.ToArray());
        short[] sent = new short[expectedMuLaw.Length];
        MuLaw.Decode(expectedMuLaw, sent);

        WaveAudio inbound = WaveReader.ReadPcm16(app.InboundWavePath);
        Assert.Equal((8000, 1), (inbound.SampleRate, inbound.Channels));
        Assert.Equal(sent, inbound.Samples.ToArray());

        Assert.Equal(frames, app.MarksSent.Count);
        Assert.Equal(app.MarksSent, app.MarksReturned);
        Assert.Equal(app.MarksSent, provider.MarksReturned);

        Assert.Equal(sent, WaveReader.ReadPcm16(provider.OutboundWavePath).Samples.ToArray());

        Assert.Equal(Counts(("connected", 1), ("start", 1), ("media", frames), ("mark", frames), ("stop", 1)), provider.MessagesSent);
        Assert.Equal(Counts(("connected", 1), ("start", 1), ("media", frames), ("mark", frames), ("stop", 1)), app.MessagesReceived);
        Assert.Equal(Counts(("media", frames), ("mark", frames)), provider.MessagesReceived);
        Assert.Equal(Counts(("media", frames), ("mark", frames)), app.MessagesSent);
        Assert.Empty(provider.ProtocolErrors);

        Assert.Equal(provider.CallSid, app.CallSid);
        Assert.Equal(provider.StreamSid, app.StreamSid);
        Assert.False(app.EndedBySocketClose);
        Assert.Equal($"wss://{provider.Webhook.Authority}/media", provider.Stream.Url.ToString());
        Assert.Equal(Pairs(("caller", "+15005550006"), ("called", "+15005550001")), provider.Stream.Parameters);
        Assert.Equal(provider.Stream.Parameters, app.Parameters);

        Assert.Equal(Path.GetFullPath(_recordings), Path.GetDirectoryName(app.InboundWavePath));
        Assert.All(call.Check(), check => Assert.True(check.Passed, check.Check));
        Assert.Equal(4, output.ToString().Split('\n').Count(line => line.TrimStart().StartsWith("ok ", StringComparison.Ordinal)));
    }

    [Fact(Timeout = Timeout)]
    public async Task Calls_a_running_server_trusting_its_pinned_certificate()
    {
        await using VoiceServerHost server = await VoiceServerHost.StartAsync(new VoiceServerOptions { RecordingsDirectory = _recordings, MinimumLogLevel = LogLevel.Warning });

        IReadOnlyList<SimulatedCall> calls = await Simulation.RunAsync(
            Options() with { Server = server.BaseAddress, Pin = CertificatePin.Parse(server.Certificate.GetCertHashString(HashAlgorithmName.SHA256)) },
            TextWriter.Null);

        SimulatedCall call = Assert.Single(calls);
        Assert.Null(call.App);
        CallRecord app = await server.Calls.WaitForCallAsync(call.Provider.CallSid);
        Assert.Equal(app.MarksSent, call.Provider.MarksReturned);
    }

    [Fact(Timeout = Timeout)]
    public async Task Refuses_a_server_whose_certificate_is_not_the_pinned_one()
    {
        await using VoiceServerHost server = await VoiceServerHost.StartAsync(new VoiceServerOptions { RecordingsDirectory = _recordings, MinimumLogLevel = LogLevel.Warning });
        using X509Certificate2 other = SelfSignedCertificate.Create();

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            Simulation.RunAsync(Options() with { Server = server.BaseAddress, Pin = CertificatePin.Of(other) }, TextWriter.Null));
    }

    public void Dispose()
    {
        if (Directory.Exists(_recordings))
        {
            Directory.Delete(_recordings, recursive: true);
        }
    }

    // The call ends once the app has been quiet this long; a CPU-starved machine (a parallel build) stalled the app past
    // the 1 s default before its last marks, so the tests wait longer for them.
    private SimulatorOptions Options() =>
        new() { Speed = 20, RecordingsDirectory = _recordings, QuietPeriod = TimeSpan.FromSeconds(5) };

    private static Dictionary<string, int> Counts(params (string Name, int Count)[] counts) =>
        counts.ToDictionary(count => count.Name, count => count.Count);

    private static Dictionary<string, string> Pairs(params (string Name, string Value)[] pairs) =>
        pairs.ToDictionary(pair => pair.Name, pair => pair.Value);
}
