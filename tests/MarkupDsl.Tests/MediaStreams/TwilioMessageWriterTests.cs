using System;
using System.Buffers;
using System.Text;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

public class TwilioMessageWriterTests
{
    private readonly ArrayBufferWriter<byte> _output = new();

    [Fact]
    public void Writes_media_with_a_base64_payload()
    {
        using var writer = new TwilioMessageWriter(_output);

        writer.WriteMedia("MZ1", [0xFF, 0x7F, 0x00, 0x80, 0xFB, 0xEF]);

        Assert.Equal("""{"event":"media","streamSid":"MZ1","media":{"payload":"/38AgPvv"}}""", Written());
    }

    [Fact]
    public void Writes_mark()
    {
        using var writer = new TwilioMessageWriter(_output);

        writer.WriteMark("MZ1", "greeting-done");

        Assert.Equal("""{"event":"mark","streamSid":"MZ1","mark":{"name":"greeting-done"}}""", Written());
    }

    [Fact]
    public void Writes_clear()
    {
        using var writer = new TwilioMessageWriter(_output);

        writer.WriteClear("MZ1");

        Assert.Equal("""{"event":"clear","streamSid":"MZ1"}""", Written());
    }

    [Fact]
    public void Escapes_a_mark_name_as_json()
    {
        using var writer = new TwilioMessageWriter(_output);

        writer.WriteMark("MZ1", "say \"hi\"");

        Assert.Equal("say \"hi\"", new TwilioMessageReader().Read(_output.WrittenSpan) is MarkEvent mark ? mark.Name : null);
    }

    [Fact]
    public void Writes_one_message_after_another_into_the_same_output()
    {
        using var writer = new TwilioMessageWriter(_output);

        writer.WriteMark("MZ1", "a");
        writer.WriteClear("MZ1");

        Assert.Equal("""{"event":"mark","streamSid":"MZ1","mark":{"name":"a"}}{"event":"clear","streamSid":"MZ1"}""", Written());
    }

    [Fact]
    public void Rejects_a_missing_stream_sid_or_mark_name_without_writing()
    {
        using var writer = new TwilioMessageWriter(_output);

        Assert.Equal("streamSid", Assert.Throws<ArgumentException>(() => writer.WriteClear("")).ParamName);
        Assert.Equal("streamSid", Assert.Throws<ArgumentNullException>(() => writer.WriteMedia(null!, [1])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => writer.WriteMark("MZ1", "")).ParamName);
        Assert.Equal(0, _output.WrittenCount);
    }

    private string Written() => Encoding.UTF8.GetString(_output.WrittenSpan);
}
