using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Benchmarks.MediaStreams;

/// <summary>
/// One 20 ms Twilio media message (160 mu-law bytes) each way: <see cref="MediaStreamMessageReader"/> and
/// <see cref="MediaStreamMessageWriter"/> against the straightforward <see cref="JsonDocument"/> / fresh
/// <see cref="Utf8JsonWriter"/> code they replace. The baseline of #6's zero-allocation work.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class TwilioMessageBenchmarks
{
    private const string StreamSid = "MZ18ad3ab5a668481ce02b83e7395059f0";
    private readonly MediaStreamMessageReader _reader = new();
    private readonly ArrayBufferWriter<byte> _output = new(512);
    private readonly byte[] _payload = new byte[160];
    private byte[] _inbound = [];
    private MediaStreamMessageWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(20).NextBytes(_payload);
        _inbound = Encoding.UTF8.GetBytes(
            $$$"""{"event":"media","sequenceNumber":"42","streamSid":"{{{StreamSid}}}","media":{"track":"inbound","chunk":"41","timestamp":"800","payload":"{{{Convert.ToBase64String(_payload)}}}"}}""");
        _writer = new MediaStreamMessageWriter(_output);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("read")]
    public int Read_media_with_JsonDocument()
    {
        using JsonDocument document = JsonDocument.Parse(_inbound);
        JsonElement media = document.RootElement.GetProperty("media");
        _ = document.RootElement.GetProperty("streamSid").GetString();
        _ = media.GetProperty("track").GetString();
        _ = long.Parse(media.GetProperty("chunk").GetString()!);
        return media.GetProperty("payload").GetBytesFromBase64().Length;
    }

    [Benchmark]
    [BenchmarkCategory("read")]
    public int Read_media_with_MediaStreamMessageReader() => ((MediaEvent)_reader.Read(_inbound)).Payload.Length;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("write")]
    public int Write_media_with_a_new_Utf8JsonWriter()
    {
        _output.ResetWrittenCount();
        using var json = new Utf8JsonWriter(_output);
        json.WriteStartObject();
        json.WriteString("event", "media");
        json.WriteString("streamSid", StreamSid);
        json.WriteStartObject("media");
        json.WriteString("payload", Convert.ToBase64String(_payload));
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        return _output.WrittenCount;
    }

    [Benchmark]
    [BenchmarkCategory("write")]
    public int Write_media_with_MediaStreamMessageWriter()
    {
        _output.ResetWrittenCount();
        _writer.WriteMedia(StreamSid, _payload);
        return _output.WrittenCount;
    }
}
