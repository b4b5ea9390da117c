using System;
using MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Markup;

/// <summary>Values the schemas forbid are refused when set, with the attribute named.</summary>
public sealed class BuilderValidationTests
{
    [Theory]
    [InlineData("ws://example.com/media")]
    [InlineData("https://example.com/media")]
    [InlineData("http://example.com/media")]
    [InlineData("wss://example.com/media?token=1")]
    [InlineData("wss://example.com/media#part")]
    [InlineData("wss://")]
    [InlineData("media")]
    [InlineData("wss://exa mple.com/media")]
    public void Stream_url_that_is_not_an_absolute_wss_url_without_query_is_refused(string url)
    {
        var exception = Assert.Throws<ArgumentException>(() => new VoiceResponse().Start(start => start.Stream(url)));
        Assert.Equal("url", exception.ParamName);
        Assert.Contains("wss://", exception.Message);
        Assert.Contains(url, exception.Message);
    }

    [Theory]
    [InlineData("wss://example.com")]
    [InlineData("wss://example.com/")]
    [InlineData("wss://example.com:8443/media/stream")]
    [InlineData("wss://127.0.0.1:5001/media")]
    public void Absolute_wss_urls_are_written_as_given(string url)
    {
        var response = new VoiceResponse().Connect(connect => connect.Stream(url));
        Assert.Equal(url, response.Root.Children[0].Children[0].GetAttribute("url"));
    }

    [Fact]
    public void Status_callback_must_be_an_absolute_http_url()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            new VoiceResponse().Start(start => start.Stream("wss://example.com/a", statusCallback: "ftp://example.com/status")));
        Assert.Equal("statusCallback", exception.ParamName);

        var response = new VoiceResponse().Start(start => start.Stream("wss://example.com/a", statusCallback: "https://example.com/status?x=1&y=2"));
        Assert.Equal("https://example.com/status?x=1&y=2", response.Root.Children[0].Children[0].GetAttribute("statusCallback"));
    }

    // Code units, not strings, in the data: the test runner would replace a lone surrogate in a string with U+FFFD.
    [Theory]
    [InlineData("bad", 0x0001, "value")]
    [InlineData("", 0xD800, "alone")]
    [InlineData("end", 0xDC00, "")]
    [InlineData("", 0xFFFE, "")]
    [InlineData("a prefix of plain ASCII longer than a vector of code units", 0x001F, "tail")]
    [InlineData("é\uE000 then", 0xFFFF, "")]
    public void Characters_xml_cannot_carry_are_refused_naming_attribute_and_position(string before, int codeUnit, string after)
    {
        string value = before + (char)codeUnit + after;
        int index = before.Length;
        var exception = Assert.Throws<ArgumentException>(() =>
            new VoiceResponse().Start(start => start.Stream("wss://example.com/a", stream => stream.Parameter("key", value))));
        Assert.Equal("value", exception.ParamName);
        Assert.Contains($"index {index}", exception.Message);
        Assert.Contains("<Parameter>", exception.Message);
    }

    [Fact]
    public void Surrogate_pairs_and_allowed_white_space_are_accepted()
    {
        var response = new VoiceResponse().Say("\uD83D\uDE00\t\r\n");
        Assert.Equal("\uD83D\uDE00\t\r\n", response.Root.Children[0].Text);
    }

    [Fact]
    public void Required_attribute_null_is_refused_naming_it()
    {
        var exception = Assert.Throws<ArgumentNullException>(() =>
            new VoiceResponse().Stop(stop => stop.Stream(null!)));
        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void Negative_loop_is_refused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new VoiceResponse().Say("hi", loop: -1));
        Assert.Equal("loop", exception.ParamName);
    }

    [Fact]
    public void Start_without_a_stream_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => new VoiceResponse().Start(_ => { }));
        Assert.Equal("content", exception.ParamName);
        Assert.Contains("<Start> must contain at least 1 child element(s)", exception.Message);
    }

    [Fact]
    public void Second_stream_in_one_connect_is_refused()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new VoiceResponse()
            .Connect(connect => connect.Stream("wss://example.com/a").Stream("wss://example.com/b")));
        Assert.Contains("<Connect> allows at most 1 <Stream>", exception.Message);
    }

    [Fact]
    public void A_failed_call_leaves_the_document_unchanged()
    {
        var response = new VoiceResponse().Say("first");
        Assert.Throws<ArgumentException>(() => response.Start(start => start.Stream("ws://example.com")));
        Assert.Single(response.Root.Children);
    }
}
