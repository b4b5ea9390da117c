using System;
using System.Buffers;
using System.Text;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

public class MediaStreamMessageWriterTests
{
    private readonly ArrayBufferWriter<byte> _output = new();

    [Fact]
    public void Writes_media_with_a_base64_payload()
    {
        using var writer = new MediaStreamMessageWriter(_output);

        writer.WriteMedia("MZ1", [0xFF, 0x7F, 0x00, 0x80, 0xFB, 0xEF]);

        Assert.Equal("""{"event":"media","streamSid":"MZ1","media":{"payload":"/38AgPvv"}}""", Written());
    }

    [Fact]
    public void Writes_mark()
    {
        using var writer = new MediaStreamMessageWriter(_output);

        writer.WriteMark("MZ1", "greeting-done");

        Assert.Equal("""{"event":"mark","streamSid":"MZ1","mark":{"name":"greeting-done"}}""", Written());
    }

    [Fact]
    public void Writes_clear()
    {
        using var writer = new MediaStreamMessageWriter(_output);

        writer.WriteClear("MZ1");

        Assert.Equal("""{"event":"clear","streamSid":"MZ1"}""", Written());
    }

    [Fact]
    public void Escapes_a_mark_name_as_json()
    {
        using var writer = new MediaStreamMessageWriter(_output);

        writer.WriteMark("MZ1", "say \"hi\"");

        Assert.Equal("say \"hi\"", new MediaStreamMessageReader().Read(_output.WrittenSpan) is MarkEvent mark ? mark.Name : null);
    }

    [Fact]
    public void Writes_one_message_after_another_into_the_same_output()
    {
        using var writer = new MediaStreamMessageWriter(_output);

        writer.WriteMark("MZ1", "a");
        writer.WriteClear("MZ1");

        Assert.Equal("""{"event":"mark","streamSid":"MZ1","mark":{"name":"a"}}{"event":"clear","streamSid":"MZ1"}""", Written());
    }

    [Fact]
    public void Rejects_a_missing_stream_sid_or_mark_name_without_writing()
    {
        using var writer = new MediaStreamMessageWriter(_output);

        Assert.Equal("streamSid", Assert.Throws<ArgumentException>(() => writer.WriteClear("")).ParamName);
        Assert.Equal("streamSid", Assert.Throws<ArgumentNullException>(() => writer.WriteMedia(null!, [1])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => writer.WriteMark("MZ1", "")).ParamName);
        Assert.Equal(0, _output.WrittenCount);
    }

    [Fact]
    public void Writes_telnyx_messages_without_a_stream_id()
    {
        using var writer = new MediaStreamMessageWriter(_output, MediaStreamProvider.Telnyx);

        writer.WriteMedia(null, [0xFF, 0x7F, 0x00]);
        writer.WriteMark(null, "a");
        writer.WriteClear("ignored");

        Assert.Equal("""{"event":"media","media":{"payload":"/38A"}}{"event":"mark","mark":{"name":"a"}}{"event":"clear"}""", Written());
    }

    [Fact]
    public void Writes_signalwire_dtmf_and_twilio_style_messages()
    {
        using var writer = new MediaStreamMessageWriter(_output, MediaStreamProvider.SignalWire);

        writer.WriteDtmf("b5b5", '#');
        writer.WriteClear("b5b5");

        Assert.Equal("""{"event":"dtmf","streamSid":"b5b5","dtmf":{"digit":"#"}}{"event":"clear","streamSid":"b5b5"}""", Written());
    }

    [Theory]
    [InlineData(MediaStreamProvider.Twilio)]
    [InlineData(MediaStreamProvider.Telnyx)]
    public void Refuses_dtmf_where_the_provider_takes_none(MediaStreamProvider provider)
    {
        using var writer = new MediaStreamMessageWriter(_output, provider);

        Assert.Throws<InvalidOperationException>(() => writer.WriteDtmf("MZ1", '1'));
        Assert.Equal(0, _output.WrittenCount);
    }

    [Fact]
    public void Rejects_a_key_that_is_not_dtmf()
    {
        using var writer = new MediaStreamMessageWriter(_output, MediaStreamProvider.SignalWire);

        Assert.Equal("digit", Assert.Throws<ArgumentException>(() => writer.WriteDtmf("b5b5", 'x')).ParamName);
        Assert.Equal(0, _output.WrittenCount);
    }

    private string Written() => Encoding.UTF8.GetString(_output.WrittenSpan);
}
