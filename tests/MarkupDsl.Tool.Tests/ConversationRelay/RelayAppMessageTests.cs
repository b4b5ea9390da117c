using System.Text;
using MarkupDsl.MediaStreams;
using MarkupDsl.Simulator.ConversationRelay;

namespace MarkupDsl.Tool.Tests.ConversationRelay;

/// <summary>The app's ConversationRelay messages, checked as strictly as the provider checks them.</summary>
public sealed class RelayAppMessageTests
{
    [Theory]
    [InlineData("""{"type":"text","token":"Hi ","last":false}""", "text")]
    [InlineData("""{"type":"text","token":"Hi","last":true,"lang":"en-US","interruptible":true,"preemptible":false}""", "text")]
    [InlineData("""{"type":"text","token":""}""", "text")]
    [InlineData("""{"type":"play","source":"https://example.com/a.mp3","loop":2,"interruptible":false}""", "play")]
    [InlineData("""{"type":"sendDigits","digits":"12w#"}""", "sendDigits")]
    [InlineData("""{"type":"language","ttsLanguage":"es-ES"}""", "language")]
    [InlineData("""{"type":"end"}""", "end")]
    [InlineData("""{"type":"end","handoffData":"{\"reason\":\"operator\"}"}""", "end")]
    public void Documented_messages_are_accepted(string json, string expected)
    {
        RelayAppMessage message = Read(MediaStreamProvider.Twilio, json);

        Assert.Null(message.Error);
        Assert.Equal(expected, message.Type);
    }

    [Fact]
    public void A_text_message_keeps_its_token_and_last_which_defaults_to_false()
    {
        Assert.Equal(("Hi ", true), (Read(MediaStreamProvider.Twilio, """{"type":"text","token":"Hi ","last":true}""") is var m ? (m.Token, m.Last) : default));
        Assert.False(Read(MediaStreamProvider.Telnyx, """{"type":"text","token":"Hi"}""").Last);
        Assert.Equal("""{"reason":"operator"}""", Read(MediaStreamProvider.Twilio, """{"type":"end","handoffData":"{\"reason\":\"operator\"}"}""").Detail);
    }

    [Theory]
    [InlineData("""{"type":"speak","token":"Hi"}""", "unknown type 'speak'")]
    [InlineData("""{"token":"Hi"}""", "not a JSON object with a string 'type'")]
    [InlineData("""["text"]""", "not a JSON object with a string 'type'")]
    [InlineData("""{"type":"text","token":"Hi","final":true}""", "text: unknown field 'final' (a text message has token, last, lang, interruptible, preemptible)")]
    [InlineData("""{"type":"text","token":"Hi","last":"true"}""", "text: 'last' must be true or false, not \"true\"")]
    [InlineData("""{"type":"text","token":42}""", "text: 'token' must be a string, not 42")]
    [InlineData("""{"type":"text","last":true}""", "text: no 'token'")]
    [InlineData("""{"type":"text","token":"a","token":"b"}""", "text: field 'token' appears twice")]
    [InlineData("""{"type":"play","source":"/a.mp3"}""", "play: 'source' must be an absolute http(s) URL, not \"/a.mp3\"")]
    [InlineData("""{"type":"play","source":"https://example.com/a.mp3","loop":-1}""", "play: 'loop' must be a whole number from 0, not -1")]
    [InlineData("""{"type":"sendDigits","digits":"12A"}""", "sendDigits: '12A' has a character other than 0-9, *, #, w")]
    [InlineData("""{"type":"language"}""", "language: neither 'ttsLanguage' nor 'transcriptionLanguage'")]
    [InlineData("""{"type":"end","handoffData":{"reason":"operator"}}""", "end: 'handoffData' must be a string, not {\"reason\":\"operator\"}")]
    public void Anything_else_is_rejected_with_the_reason(string json, string expected)
    {
        RelayAppMessage message = Read(MediaStreamProvider.Twilio, json);

        Assert.Null(message.Type);
        Assert.Equal(expected, message.Error);
    }

    [Fact]
    public void Bad_json_is_rejected()
    {
        Assert.StartsWith("not JSON (", Read(MediaStreamProvider.Twilio, """{"type":"text",""").Error);
    }

    [Fact]
    public void Telnyx_sends_the_extra_keys_its_page_lists()
    {
        Assert.Null(Read(MediaStreamProvider.Telnyx, """{"type":"sendDigits","digits":"12AW#"}""").Error);
        Assert.NotNull(Read(MediaStreamProvider.Twilio, """{"type":"sendDigits","digits":"12W"}""").Error);
    }

    private static RelayAppMessage Read(MediaStreamProvider provider, string json) => RelayAppMessage.Read(Encoding.UTF8.GetBytes(json), provider);
}
