using System;
using System.Buffers;
using System.Text;
using MarkupDsl.ConversationRelay;

namespace MarkupDsl.Tests.ConversationRelay;

public sealed class ConversationRelayMessageWriterTests : IDisposable
{
    private readonly ArrayBufferWriter<byte> _output = new();
    private readonly ConversationRelayMessageWriter _writer;

    public ConversationRelayMessageWriterTests()
    {
        _writer = new ConversationRelayMessageWriter(_output);
    }

    public void Dispose() => _writer.Dispose();

    private string Written()
    {
        string json = Encoding.UTF8.GetString(_output.WrittenSpan);
        _output.ResetWrittenCount();
        return json;
    }

    [Fact]
    public void Text_has_token_and_last_and_the_optional_fields_only_when_given()
    {
        _writer.WriteText("Hello", last: false);
        Assert.Equal("""{"type":"text","token":"Hello","last":false}""", Written());
        _writer.WriteText("Adiós, it's \"done\"", last: true, lang: "es-ES", interruptible: false, preemptible: true);
        Assert.Equal("""{"type":"text","token":"Adiós, it's \"done\"","last":true,"lang":"es-ES","interruptible":false,"preemptible":true}""", Written());
        _writer.WriteText("", last: true);
        Assert.Equal("""{"type":"text","token":"","last":true}""", Written());
    }

    [Fact]
    public void Text_refuses_an_empty_language_naming_it_and_replaces_a_lone_surrogate()
    {
        Assert.Equal("lang", Assert.Throws<ArgumentException>(() => _writer.WriteText("x", false, lang: "")).ParamName);
        Assert.Equal(0, _output.WrittenCount);
        _writer.WriteText("a\ud800b", true);
        Assert.Equal("{\"type\":\"text\",\"token\":\"a\\uFFFDb\",\"last\":true}", Written());
    }

    [Fact]
    public void Writing_a_text_token_allocates_nothing()
    {
        _writer.WriteText("warm", last: false, lang: "en-US");
        _output.ResetWrittenCount();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            _writer.WriteText("token ", last: false, lang: "en-US");
            _output.ResetWrittenCount();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Play_has_source_and_the_optional_fields_only_when_given()
    {
        _writer.WritePlay("https://example.com/audio/welcome.mp3");
        Assert.Equal("""{"type":"play","source":"https://example.com/audio/welcome.mp3"}""", Written());
        _writer.WritePlay("https://example.com/hold.wav", loop: 0, preemptible: true, interruptible: false);
        Assert.Equal("""{"type":"play","source":"https://example.com/hold.wav","loop":0,"preemptible":true,"interruptible":false}""", Written());
    }

    [Theory]
    [InlineData("welcome.mp3")]
    [InlineData("ftp://example.com/a.mp3")]
    [InlineData("")]
    public void Play_refuses_what_is_not_an_http_url(string source)
    {
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => _writer.WritePlay(source)).ParamName);
        Assert.Equal(0, _output.WrittenCount);
    }

    [Fact]
    public void Play_refuses_a_negative_loop()
    {
        Assert.Equal("loop", Assert.Throws<ArgumentOutOfRangeException>(() => _writer.WritePlay("https://example.com/a.mp3", loop: -1)).ParamName);
    }

    [Fact]
    public void Send_digits_takes_keys_and_pauses_and_refuses_anything_else()
    {
        _writer.WriteSendDigits("1234#*w9");
        Assert.Equal("""{"type":"sendDigits","digits":"1234#*w9"}""", Written());
        Assert.Equal("digits", Assert.Throws<ArgumentException>(() => _writer.WriteSendDigits("12A")).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentException>(() => _writer.WriteSendDigits("")).ParamName);
        Assert.Equal(0, _output.WrittenCount);
    }

    [Fact]
    public void Language_writes_the_languages_given_and_needs_one()
    {
        _writer.WriteLanguage("es-ES", "es-ES");
        Assert.Equal("""{"type":"language","ttsLanguage":"es-ES","transcriptionLanguage":"es-ES"}""", Written());
        _writer.WriteLanguage(null, "fr-FR");
        Assert.Equal("""{"type":"language","transcriptionLanguage":"fr-FR"}""", Written());
        Assert.Equal("ttsLanguage", Assert.Throws<ArgumentException>(() => _writer.WriteLanguage(null, null)).ParamName);
        Assert.Equal("transcriptionLanguage", Assert.Throws<ArgumentException>(() => _writer.WriteLanguage("en-US", "")).ParamName);
    }

    [Fact]
    public void End_carries_the_hand_off_as_a_json_string()
    {
        _writer.WriteEnd();
        Assert.Equal("""{"type":"end"}""", Written());
        _writer.WriteEnd("""{"reason":"operator"}""");
        Assert.Equal("""{"type":"end","handoffData":"{\"reason\":\"operator\"}"}""", Written());
        Assert.Equal("handoffData", Assert.Throws<ArgumentException>(() => _writer.WriteEnd("reason=operator")).ParamName);
    }

    [Fact]
    public void Every_message_reads_back_as_json_with_its_type()
    {
        _writer.WriteText("a", true);
        _writer.WritePlay("https://example.com/a.mp3");
        _writer.WriteSendDigits("1");
        _writer.WriteLanguage("en-US", null);
        _writer.WriteEnd();
        Assert.Equal(
            """{"type":"text","token":"a","last":true}{"type":"play","source":"https://example.com/a.mp3"}{"type":"sendDigits","digits":"1"}{"type":"language","ttsLanguage":"en-US"}{"type":"end"}""",
            Written());
    }
}
