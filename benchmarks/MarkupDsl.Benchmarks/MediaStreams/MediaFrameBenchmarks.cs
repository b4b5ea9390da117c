using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MarkupDsl.Audio;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Benchmarks.MediaStreams;

/// <summary>
/// One 20 ms Twilio media message (160 mu-law samples) each way, against the straightforward route in the same run.
/// Inbound, message bytes to PCM16: <see cref="MediaStreamMessageReader"/> with the session's event pool against
/// <see cref="JsonSerializer"/> into classes, <see cref="Convert.FromBase64String"/> and per-sample decode.
/// Outbound, PCM16 frame to message bytes: <see cref="MuLaw.Encode(ReadOnlySpan{short}, Span{byte})"/> and
/// <see cref="MediaStreamMessageWriter"/> against per-sample encode, <see cref="Convert.ToBase64String(byte[])"/> and
/// <see cref="JsonSerializer"/>. Goal of issue 6: inbound at least 5x faster, 0 bytes allocated per frame. The
/// inbound group also times the bare <see cref="Utf8JsonReader"/> token walk over the message, the floor of the reader.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class MediaFrameBenchmarks
{
    private const string StreamSid = "MZ18ad3ab5a668481ce02b83e7395059f0";
    private readonly MediaEventPool _pool = new();
    private readonly ArrayBufferWriter<byte> _output = new(512);
    private readonly short[] _pcm = new short[160];
    private MediaStreamMessageReader _reader = null!;
    private MediaStreamMessageWriter _writer = null!;
    private byte[] _inbound = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20);
        byte[] muLaw = new byte[160];
        random.NextBytes(muLaw);
        for (int i = 0; i < _pcm.Length; i++)
        {
            _pcm[i] = (short)random.Next(short.MinValue, short.MaxValue + 1);
        }

        _inbound = Encoding.UTF8.GetBytes(
            $$$"""{"event":"media","sequenceNumber":"42","streamSid":"{{{StreamSid}}}","media":{"track":"inbound","chunk":"41","timestamp":"800","payload":"{{{Convert.ToBase64String(muLaw)}}}"}}""");
        _reader = new MediaStreamMessageReader(MediaStreamProvider.Twilio, _pool);
        _writer = new MediaStreamMessageWriter(_output);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("inbound")]
    public int Inbound_with_JsonSerializer_FromBase64String_and_per_sample_decode()
    {
        NaiveInboundMessage message = JsonSerializer.Deserialize<NaiveInboundMessage>(_inbound)!;
        _ = long.Parse(message.SequenceNumber!);
        _ = long.Parse(message.Media!.Chunk!);
        byte[] muLaw = Convert.FromBase64String(message.Media.Payload!);
        short[] pcm = new short[muLaw.Length];
        for (int i = 0; i < muLaw.Length; i++)
        {
            pcm[i] = MuLaw.Decode(muLaw[i]);
        }

        return pcm[^1];
    }

    [Benchmark]
    [BenchmarkCategory("inbound")]
    public int Inbound_with_MediaStreamMessageReader()
    {
        var media = (MediaEvent)_reader.Read(_inbound);
        int last = media.Samples.Span[^1];
        _pool.Return(media);
        return last;
    }

    /// <summary>The floor under any reader built on <see cref="Utf8JsonReader"/>: its tokens, read and dropped.</summary>
    [Benchmark]
    [BenchmarkCategory("inbound")]
    public int Inbound_Utf8JsonReader_tokens_only()
    {
        var reader = new Utf8JsonReader(_inbound);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("outbound")]
    public int Outbound_with_per_sample_encode_ToBase64String_and_JsonSerializer()
    {
        byte[] muLaw = new byte[_pcm.Length];
        for (int i = 0; i < _pcm.Length; i++)
        {
            muLaw[i] = MuLaw.Encode(_pcm[i]);
        }

        var message = new NaiveInboundMessage { Event = "media", StreamSid = StreamSid, Media = new NaiveMedia { Payload = Convert.ToBase64String(muLaw) } };
        return JsonSerializer.SerializeToUtf8Bytes(message, NaiveOptions).Length;
    }

    [Benchmark]
    [BenchmarkCategory("outbound")]
    public int Outbound_with_MediaStreamMessageWriter()
    {
        Span<byte> muLaw = stackalloc byte[160];
        MuLaw.Encode(_pcm, muLaw);
        _output.ResetWrittenCount();
        _writer.WriteMedia(StreamSid, muLaw);
        return _output.WrittenCount;
    }

    private static readonly JsonSerializerOptions NaiveOptions = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}
