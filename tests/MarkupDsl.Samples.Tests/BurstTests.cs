using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using MarkupDsl.Audio;
using MarkupDsl.Simulator;
using TwilioSimulator;
using VoiceServer.Media;

namespace MarkupDsl.Samples.Tests;

/// <summary>
/// Audio that arrives in one burst, as after a network stall: the voice server records all of it, because its session
/// stops reading the socket while the app catches up rather than dropping frames.
/// </summary>
public sealed class BurstTests : IDisposable
{
    private readonly string _recordings = Path.Combine(Path.GetTempPath(), $"markupdsl-burst-{Guid.NewGuid():N}");

    /// <summary>
    /// 500 frames (10 s) is the case of issue 16; 1,500 (30 s) is far more than the event queue (256) and the echo's
    /// send queue (500 messages: 250 frames with their marks) hold together. With the default DropOldest instead of
    /// Wait, the app got 497 of the 500 frames and 508 of the 1,500.
    /// </summary>
    [Theory(Timeout = 120_000)]
    [InlineData(500)]
    [InlineData(1500)]
    public async Task Audio_sent_in_one_burst_is_recorded_sample_for_sample(int frames)
    {
        Directory.CreateDirectory(_recordings);
        string audioPath = Path.Combine(_recordings, "burst.wav");
        short[] speech = Noise(frames * InboundAudio.FrameSamples);
        using (WaveWriter wave = WaveWriter.Create(audioPath, 8000))
        {
            wave.Write(speech);
        }

        // 10,000 times real time: every frame is due at once, so the simulator sends them as fast as the socket takes them.
        IReadOnlyList<SimulatedCall> calls = await Simulation.RunAsync(
            new SimulatorOptions { AudioFiles = [audioPath], Speed = 10_000, RecordingsDirectory = _recordings, QuietPeriod = TimeSpan.FromSeconds(5) },
            TextWriter.Null);

        SimulatedCall call = Assert.Single(calls);
        Assert.Equal(frames, call.Provider.MessagesSent["media"]);
        CallRecord app = Assert.IsType<CallRecord>(call.App);
        Assert.Equal(frames, app.MessagesReceived["media"]);
        Assert.Equal(0, app.DroppedEvents);
        byte[] muLaw = new byte[speech.Length];
        MuLaw.Encode(speech, muLaw);
        short[] sent = new short[muLaw.Length];
        MuLaw.Decode(muLaw, sent);
        Assert.Equal(sent, WaveReader.ReadPcm16(app.InboundWavePath).Samples.ToArray());
        Assert.Equal(frames, app.MarksReturned.Count);
    }

    public void Dispose()
    {
        if (Directory.Exists(_recordings))
        {
            Directory.Delete(_recordings, recursive: true);
        }
    }

    /// <summary>Random samples: no two frames alike, so a lost, repeated or reordered frame changes the recording.</summary>
    private static short[] Noise(int count)
    {
        var random = new Random(16);
        short[] samples = new short[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        return samples;
    }
}
