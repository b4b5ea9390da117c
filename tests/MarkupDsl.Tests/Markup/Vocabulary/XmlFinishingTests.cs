using System;
using System.Collections.Generic;
using System.Reflection;
using MarkupDsl.Markup;
using TeXML = MarkupDsl.TeXML;
using TwiML = MarkupDsl.TwiML;
using CXML = MarkupDsl.CXML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// Attributes whose range or values differ by provider, declared once per dialect: Telnyx's Say loop (0-10), Gather
/// timeout (1-120 s) and Record maxLength/timeout (0 = no limit), SignalWire's Conference recording event failed.
/// Each dialect checks its own page's bounds, in the builders and in Parse.
/// </summary>
public sealed class XmlFinishingTests
{
    [Fact]
    public void TeXML_say_loop_is_0_to_10()
    {
        XmlAssert.SameTree("""<Response><Say loop="10">Hi</Say></Response>""", new TeXML.VoiceResponse().Say("Hi", loop: 10).ToString());
        Assert.Equal("loop", Assert.ThrowsAny<ArgumentException>(() => new TeXML.VoiceResponse().Say("Hi", loop: 11)).ParamName);
        Assert.Contains("loop", Assert.Single(TeXML.VoiceResponse.Validate("""<Response><Say loop="11">Hi</Say></Response>""")).Message);
    }

    [Fact]
    public void TwiML_and_cXML_say_loop_has_no_upper_bound()
    {
        Assert.Contains("loop=\"50\"", new TwiML.VoiceResponse().Say("Hi", loop: 50).ToString());
        Assert.Empty(CXML.VoiceResponse.Validate("""<Response><Say loop="50">Hi</Say></Response>"""));
    }

    [Fact]
    public void TeXML_gather_timeout_is_1_to_120_seconds()
    {
        Assert.Contains("timeout=\"120\"", new TeXML.VoiceResponse().Gather(timeout: 120).ToString());
        Assert.Equal("timeout", Assert.ThrowsAny<ArgumentException>(() => new TeXML.VoiceResponse().Gather(timeout: 121)).ParamName);
        Assert.Equal("timeout", Assert.ThrowsAny<ArgumentException>(() => new TeXML.VoiceResponse().Gather(timeout: 0)).ParamName);
        Assert.Contains("timeout=\"300\"", new TwiML.VoiceResponse().Gather(timeout: 300).ToString());
    }

    [Fact]
    public void TeXML_record_takes_0_for_no_limit()
    {
        var response = new TeXML.VoiceResponse().Record(maxLength: 0, timeout: 0);

        XmlAssert.SameTree("""<Response><Record maxLength="0" timeout="0" /></Response>""", response.ToString());
        Assert.Equal(response, TeXML.VoiceResponse.Parse(response.ToString()));
        Assert.Equal("maxLength", Assert.ThrowsAny<ArgumentException>(() => new TeXML.VoiceResponse().Record(maxLength: -1)).ParamName);
    }

    [Fact]
    public void TwiML_and_cXML_record_keep_twilio_bounds()
    {
        Assert.Equal("maxLength", Assert.ThrowsAny<ArgumentException>(() => new TwiML.VoiceResponse().Record(maxLength: 0)).ParamName);
        Assert.Equal("timeout", Assert.ThrowsAny<ArgumentException>(() => new CXML.VoiceResponse().Record(timeout: 0)).ParamName);
        Assert.NotEmpty(CXML.VoiceResponse.Validate("""<Response><Record maxLength="0" /></Response>"""));
    }

    [Fact]
    public void TeXML_machine_detection_timeout_is_in_milliseconds()
    {
        var response = new TeXML.VoiceResponse().Dial(dial => dial
            .Number("+15551234567", machineDetectionTimeout: 3500, machineDetectionPromptEndTimeout: 120000, detectionMode: TeXML.DetectionMode.PremiumCallScreening)
            .Sip("sip:a@example.com", machineDetectionTimeout: 60000, detectionMode: TeXML.DetectionMode.Premium));

        Assert.Equal(response, TeXML.VoiceResponse.Parse(response.ToString()));
        Assert.Contains("machineDetectionTimeout=\"3500\"", response.ToString());
        Assert.Equal("machineDetectionTimeout", Assert.ThrowsAny<ArgumentException>(() => new TeXML.VoiceResponse().Dial(d => d.Number("+15551234567", machineDetectionTimeout: 30))).ParamName);
        Assert.Equal("machineDetectionPromptEndTimeout", Assert.ThrowsAny<ArgumentException>(() => new TeXML.VoiceResponse().Dial(d => d.Sip("sip:a@example.com", machineDetectionPromptEndTimeout: 999))).ParamName);
        Assert.Equal("machineDetectionTimeout", Assert.ThrowsAny<ArgumentException>(() => new TwiML.VoiceResponse().Dial(d => d.Number("+15551234567", machineDetectionTimeout: 3500))).ParamName);
    }

    [Fact]
    public void TeXML_conference_takes_a_participant_label_and_a_recording_timeout()
    {
        var response = new TeXML.VoiceResponse().Dial(dial => dial.Conference("room", participantLabel: "agent", recordingTimeout: 0));

        XmlAssert.SameTree("""<Response><Dial><Conference participantLabel="agent" recordingTimeout="0">room</Conference></Dial></Response>""", response.ToString());
        Assert.Equal("recordingTimeout", Assert.ThrowsAny<ArgumentException>(() => new TeXML.VoiceResponse().Dial(d => d.Conference("room", recordingTimeout: 14401))).ParamName);
    }

    [Fact]
    public void CXML_conference_reports_failed_recordings()
    {
        var response = new CXML.VoiceResponse().Dial(dial => dial.Conference(
            "room",
            recordingStatusCallbackEvent: [CXML.ConferenceRecordingStatusCallbackEvent.Completed, CXML.ConferenceRecordingStatusCallbackEvent.Failed]));

        Assert.Contains("recordingStatusCallbackEvent=\"completed failed\"", response.ToString());
        Assert.Equal(response, CXML.VoiceResponse.Parse(response.ToString()));
    }

    [Fact]
    public void Failed_is_a_known_conference_recording_event_in_cXML_only()
    {
        Assert.Contains("failed", KnownValues(typeof(CXML.ConferenceRecordingStatusCallbackEvent)));
        Assert.DoesNotContain("absent", KnownValues(typeof(CXML.ConferenceRecordingStatusCallbackEvent)));
        Assert.DoesNotContain("failed", KnownValues(typeof(TwiML.RecordingStatusCallbackEvent)));
        Assert.Contains("CS0234", NestingCompileTests.Compile("_ = MarkupDsl.TwiML.ConferenceRecordingStatusCallbackEvent.Failed;"));
    }

    // SignalWire's <Stream> page, conference stream example; the page indents the <Stream> after the room name, which
    // SignalWire trims: the saved example writes the name alone.
    [Fact]
    public void CXML_conference_with_a_stream() => PageExample.MatchesTrimmed(
        "cxml/pages/stream-conference-1.xml",
        new CXML.VoiceResponse().Dial(
            dial => dial.Conference(
                conference => conference.Text("test").Stream(
                    "wss://206.189.19.130:8765/",
                    stream => stream.Parameter("foo1", "bar1").Parameter("foo2", "bar2"),
                    name: "my_conference_stream",
                    streamStartConferenceOnEnter: true,
                    bidir: true),
                beep: CXML.ConferenceBeep.False,
                startConferenceOnEnter: true,
                trim: CXML.Trim.DoNotTrim,
                streamUrl: "wss://206.189.19.130:8765/"),
            trim: CXML.Trim.DoNotTrim),
        CXML.VoiceResponse.Parse,
        CXML.VoiceResponse.Validate);

    [Fact]
    public void Only_cXML_conferences_hold_a_stream()
    {
        Assert.Contains("CS1660", NestingCompileTests.Compile("new VoiceResponse().Dial(d => d.Conference(c => c.Text(\"room\")));"));
        Assert.Contains("CS1739", NestingCompileTests.Compile("new VoiceResponse().Dial(d => d.Conference(\"room\", streamUrl: \"wss://example.com/a\"));", "MarkupDsl.TeXML"));
        Assert.NotEmpty(TeXML.VoiceResponse.Validate("""<Response><Dial><Conference>room<Stream url="wss://example.com/a" /></Conference></Dial></Response>"""));
    }

    private static IReadOnlyList<string> KnownValues(Type type) => type.GetCustomAttribute<KnownValuesAttribute>()!.Values;
}
