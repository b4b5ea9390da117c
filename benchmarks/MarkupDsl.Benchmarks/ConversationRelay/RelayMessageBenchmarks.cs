using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MarkupDsl.ConversationRelay;

namespace MarkupDsl.Benchmarks.ConversationRelay;

/// <summary>
/// A ConversationRelay <c>prompt</c> read and a <c>text</c> token written, against the <see cref="JsonSerializer"/>
/// POCO route in the same run. Goal of issue 15: reading a prompt allocates nothing beyond the
/// <see cref="PromptMessage"/> and its <c>voicePrompt</c> string (the <c>lang</c> string is reused), and writing a
/// token allocates nothing. The interrupt-to-stop time is measured on a loopback session by
/// <c>InterruptLatencyTests</c> in the runtime tests, not here.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class RelayMessageBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(256);
    private readonly ConversationRelayMessageReader _reader = new();
    private readonly NaiveTextMessage _naiveText = new() { Token = "Our opening hours ", Lang = "en-US" };
    private ConversationRelayMessageWriter _writer = null!;
    private byte[] _prompt = [];

    [GlobalSetup]
    public void Setup()
    {
        _prompt = Encoding.UTF8.GetBytes("""{"type":"prompt","voicePrompt":"What are your opening hours on Sunday?","lang":"en-US","last":true}""");
        _writer = new ConversationRelayMessageWriter(_output);
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("prompt")]
    public bool Prompt_with_JsonSerializer()
    {
        NaiveInboundRelayMessage message = JsonSerializer.Deserialize<NaiveInboundRelayMessage>(_prompt)!;
        return message.Type == "prompt" && message.Last;
    }

    [Benchmark]
    [BenchmarkCategory("prompt")]
    public bool Prompt_with_ConversationRelayMessageReader() => _reader.Read(_prompt) is PromptMessage { Last: true };

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("text")]
    public int Text_with_JsonSerializer()
    {
        _output.ResetWrittenCount();
        using var json = new Utf8JsonWriter(_output);
        JsonSerializer.Serialize(json, _naiveText);
        return _output.WrittenCount;
    }

    [Benchmark]
    [BenchmarkCategory("text")]
    public int Text_with_ConversationRelayMessageWriter()
    {
        _output.ResetWrittenCount();
        _writer.WriteText("Our opening hours ", last: false, lang: "en-US");
        return _output.WrittenCount;
    }
}
