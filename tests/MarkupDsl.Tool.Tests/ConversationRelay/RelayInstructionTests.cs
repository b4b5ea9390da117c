using System;
using System.IO;
using MarkupDsl.MediaStreams;
using MarkupDsl.Simulator.ConversationRelay;

namespace MarkupDsl.Tool.Tests.ConversationRelay;

/// <summary>Reading a webhook's answer for its <c>&lt;Connect&gt;&lt;ConversationRelay&gt;</c>.</summary>
public sealed class RelayInstructionTests
{
    private static readonly Uri Webhook = new("https://agent.example.com:8443/calls/voice");

    [Fact]
    public void The_url_parameters_greeting_and_action_are_read_and_a_relative_action_resolved()
    {
        string twiml = new TwiML.VoiceResponse()
            .Connect(c => c.ConversationRelay("wss://agent.example.com/relay", r => r.Parameter("caller", "+15550001111").Parameter("tier", "gold"), welcomeGreeting: "Hi"), action: "handoff")
            .ToString();

        RelayInstruction relay = RelayInstruction.Parse(twiml, MediaStreamProvider.Twilio, Webhook);

        Assert.Equal(new Uri("wss://agent.example.com/relay"), relay.Url);
        Assert.Equal(new Uri("https://agent.example.com:8443/calls/handoff"), relay.Action);
        Assert.Equal("Hi", relay.WelcomeGreeting);
        Assert.Equal(("+15550001111", "gold"), (relay.Parameters["caller"], relay.Parameters["tier"]));
    }

    [Fact]
    public void Telnyx_answers_are_read_as_TeXML()
    {
        string texml = new TeXML.VoiceResponse().Connect(c => c.ConversationRelay("wss://agent.example.com/relay", dtmfDetection: true)).ToString();

        RelayInstruction relay = RelayInstruction.Parse(texml, MediaStreamProvider.Telnyx, Webhook);

        Assert.Equal((new Uri("wss://agent.example.com/relay"), (Uri?)null), (relay.Url, relay.Action));
        Assert.Empty(relay.Parameters);
    }

    [Fact]
    public void An_answer_without_ConversationRelay_is_refused()
    {
        string stream = new TwiML.VoiceResponse().Connect(c => c.Stream("wss://agent.example.com/media")).ToString();

        InvalidDataException refused = Assert.Throws<InvalidDataException>(() => RelayInstruction.Parse(stream, MediaStreamProvider.Twilio, Webhook));

        Assert.StartsWith("The answer has no <Connect><ConversationRelay>: ", refused.Message);
    }

    [Fact]
    public void A_TwiML_only_attribute_breaks_a_Telnyx_answer()
    {
        string twiml = new TwiML.VoiceResponse().Connect(c => c.ConversationRelay("wss://agent.example.com/relay", ttsLanguage: "en-US")).ToString();

        Assert.Throws<Markup.MarkupParseException>(() => RelayInstruction.Parse(twiml, MediaStreamProvider.Telnyx, Webhook));
    }
}
