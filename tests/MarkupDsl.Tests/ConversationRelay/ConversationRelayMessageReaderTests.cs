using System;
using System.Text;
using MarkupDsl.ConversationRelay;

namespace MarkupDsl.Tests.ConversationRelay;

public sealed class ConversationRelayMessageReaderTests
{
    private readonly ConversationRelayMessageReader _reader = new();

    private ConversationRelayMessage Read(string json) => _reader.Read(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Twilio_setup_gives_every_field_and_the_custom_parameters()
    {
        var setup = Assert.IsType<SetupMessage>(Read(RelayMessages.TwilioSetup));
        Assert.Equal("VX00000000000000000000000000000001", setup.SessionId);
        Assert.Equal("AC00000000000000000000000000000002", setup.AccountSid);
        Assert.Equal("", setup.ParentCallSid);
        Assert.Equal("CA00000000000000000000000000000003", setup.CallSid);
        Assert.Equal("+18005550100", setup.From);
        Assert.Equal("+18005550101", setup.To);
        Assert.Equal("+18005550102", setup.ForwardedFrom);
        Assert.Equal("PSTN", setup.CallType);
        Assert.Equal("", setup.CallerName);
        Assert.Equal("inbound", setup.Direction);
        Assert.Equal("RINGING", setup.CallStatus);
        Assert.Equal("+18005550100", setup.CustomParameters["caller"]);
        Assert.Equal("gold", setup.CustomParameters["tier"]);
        Assert.Null(setup.CallControlId);
        Assert.Null(setup.CallSessionId);
        Assert.Null(setup.CallLegId);
        Assert.Equal(ConversationRelayProvider.Twilio, setup.Provider);
    }

    [Fact]
    public void Telnyx_setup_gives_its_call_control_ids_and_is_told_apart()
    {
        var setup = Assert.IsType<SetupMessage>(Read(RelayMessages.TelnyxSetup));
        Assert.Equal("7a7e6a4f-1d44-4f0c-b5d4-9f9bf3a5c1f2", setup.SessionId);
        Assert.Equal("v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ", setup.CallControlId);
        Assert.Equal("ff55a038-6f5d-11ef-9692-02420aeffb1f", setup.CallSessionId);
        Assert.Equal("428c31b6-7af4-4b6f-92e7-7a7e6a4f1d44", setup.CallLegId);
        Assert.Equal("active", setup.CallStatus);
        Assert.Null(setup.ParentCallSid);
        Assert.Equal("customer_123", setup.CustomParameters["customer_id"]);
        Assert.Equal(ConversationRelayProvider.Telnyx, setup.Provider);
    }

    [Fact]
    public void Setup_without_custom_parameters_has_an_empty_set_and_other_json_values_keep_their_text()
    {
        Assert.Empty(Assert.IsType<SetupMessage>(Read("""{"type":"setup","sessionId":"VX1"}""")).CustomParameters);
        var setup = Assert.IsType<SetupMessage>(Read("""{"type":"setup","customParameters":{"n":42,"b":true,"o":{"a":[1]},"z":null}}"""));
        Assert.Equal("42", setup.CustomParameters["n"]);
        Assert.Equal("true", setup.CustomParameters["b"]);
        Assert.Equal("""{"a":[1]}""", setup.CustomParameters["o"]);
        Assert.False(setup.CustomParameters.ContainsKey("z"));
    }

    [Theory]
    [InlineData("""{"type":"prompt","voicePrompt":"Hi! Can you tell me about life?","lang":"en-US","last":true}""", "Hi! Can you tell me about life?", "en-US", true)]
    [InlineData("""{"last":false,"lang":"en","voicePrompt":"hello there","type":"prompt"}""", "hello there", "en", false)]
    [InlineData("""{"type":"prompt","voicePrompt":"caf\u00e9 \"ol\u00e9\""}""", "café \"olé\"", null, false)]
    public void Prompt_gives_its_words_language_and_last_in_any_order(string json, string voicePrompt, string? lang, bool last)
    {
        var prompt = Assert.IsType<PromptMessage>(Read(json));
        Assert.Equal(voicePrompt, prompt.VoicePrompt);
        Assert.Equal(lang, prompt.Lang);
        Assert.Equal(last, prompt.Last);
    }

    [Fact]
    public void The_language_string_is_reused_while_it_does_not_change()
    {
        var first = Assert.IsType<PromptMessage>(Read(RelayMessages.Prompt("one")));
        var second = Assert.IsType<PromptMessage>(Read(RelayMessages.Prompt("two")));
        var other = Assert.IsType<PromptMessage>(Read(RelayMessages.Prompt("tres", lang: "es-ES")));
        Assert.Same(first.Lang, second.Lang);
        Assert.Equal("es-ES", other.Lang);
    }

    [Fact]
    public void Reading_a_prompt_allocates_only_the_message_and_its_words()
    {
        byte[] json = Encoding.UTF8.GetBytes(RelayMessages.Prompt("What are your opening hours on Sunday?"));
        _reader.Read(json);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var prompt = (PromptMessage)_reader.Read(json);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The PromptMessage object (40 B on 64-bit) and the voicePrompt string (22 + 2 per char, rounded to 8): the lang is reused.
        long expected = 40 + ((22 + (2 * prompt.VoicePrompt.Length) + 7) / 8 * 8);
        Assert.Equal(expected, allocated);
    }

    [Theory]
    [InlineData("""{"type":"interrupt","utteranceUntilInterrupt":"Life is a complex set of","durationUntilInterruptMs":"460"}""", "Life is a complex set of", 460)]
    [InlineData("""{"type":"interrupt","utteranceUntilInterrupt":"Welcome to Telnyx, how can I help","durationUntilInterruptMs":1820}""", "Welcome to Telnyx, how can I help", 1820)]
    [InlineData("""{"type":"interrupt","durationUntilInterruptMs":12.5}""", "", 12.5)]
    public void Interrupt_takes_its_duration_as_a_string_or_a_number(string json, string utterance, double milliseconds)
    {
        var interrupt = Assert.IsType<InterruptMessage>(Read(json));
        Assert.Equal(utterance, interrupt.UtteranceUntilInterrupt);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), interrupt.DurationUntilInterrupt);
    }

    [Fact]
    public void Interrupt_without_a_duration_has_none()
    {
        Assert.Null(Assert.IsType<InterruptMessage>(Read("""{"type":"interrupt","utteranceUntilInterrupt":"x"}""")).DurationUntilInterrupt);
        Assert.Null(Assert.IsType<InterruptMessage>(Read("""{"type":"interrupt","durationUntilInterruptMs":null}""")).DurationUntilInterrupt);
    }

    [Fact]
    public void Dtmf_error_and_info_give_their_fields()
    {
        Assert.Equal("#", Assert.IsType<DtmfMessage>(Read(RelayMessages.Dtmf('#'))).Digit);
        Assert.Equal("Invalid message: unknown type: foo", Assert.IsType<ErrorMessage>(Read(RelayMessages.Error("Invalid message: unknown type: foo"))).Description);
        var info = Assert.IsType<InfoMessage>(Read("""{"type":"info","name":"tokensPlayed","value":12}"""));
        Assert.Equal("tokensPlayed", info.Name);
        Assert.Equal("12", info.Value);
        Assert.Equal("true", Assert.IsType<InfoMessage>(Read("""{"type":"info","name":"agentSpeaking","value":"true"}""")).Value);
    }

    [Fact]
    public void Unknown_fields_are_skipped_and_unknown_types_reported_with_their_json()
    {
        var prompt = Assert.IsType<PromptMessage>(Read("""{"type":"prompt","extra":{"deep":[1,{"x":2}]},"voicePrompt":"yes","last":true}"""));
        Assert.Equal("yes", prompt.VoicePrompt);
        const string json = """{"type":"updateConfig","ttsProvider":"Google"}""";
        var unknown = Assert.IsType<UnknownMessage>(Read(json));
        Assert.Equal("updateConfig", unknown.Type);
        Assert.Equal(json, Encoding.UTF8.GetString(unknown.Json.Span));
    }

    [Theory]
    [InlineData("not json", null)]
    [InlineData("[1,2]", null)]
    [InlineData("""{"voicePrompt":"no type"}""", null)]
    [InlineData("""{"type":7}""", "type")]
    [InlineData("""{"type":"prompt","last":"yes"}""", "prompt.last")]
    [InlineData("""{"type":"prompt","voicePrompt":5}""", "prompt.voicePrompt")]
    [InlineData("""{"type":"interrupt","durationUntilInterruptMs":"soon"}""", "interrupt.durationUntilInterruptMs")]
    [InlineData("""{"type":"interrupt","durationUntilInterruptMs":-3}""", "interrupt.durationUntilInterruptMs")]
    [InlineData("""{"type":"setup","customParameters":[]}""", "setup.customParameters")]
    [InlineData("""{"type":"setup","callSid":{}}""", "setup.callSid")]
    [InlineData("""{"type":"dtmf","digit":true}""", "dtmf.digit")]
    [InlineData("""{"type":"prompt","voicePrompt":"cut""", null)]
    public void A_malformed_message_is_reported_with_its_place_not_thrown(string json, string? path)
    {
        var malformed = Assert.IsType<MalformedMessage>(Read(json));
        Assert.Equal(path, malformed.Path);
        Assert.NotEmpty(malformed.Detail);
        Assert.InRange(malformed.BytePosition, 0, json.Length);
    }

    [Fact]
    public void A_wrong_field_says_what_it_expected_and_found_and_where()
    {
        const string json = """{"type":"prompt","voicePrompt":"x","last":"yes"}""";
        var malformed = Assert.IsType<MalformedMessage>(Read(json));
        Assert.Equal(json.IndexOf("\"yes\"", StringComparison.Ordinal), malformed.BytePosition);
        Assert.Equal("prompt.last at byte 42: expected true or false, found the string \"yes\"", malformed.ToString());
    }
}
