using MarkupDsl.TeXML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// Telnyx's TeXML call-flow verbs (developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/...): every
/// example document on their pages, built with the TeXML builders, and the Telnyx-only attributes and verbs.
/// </summary>
public sealed class TeXMLCallFlowTests
{
    [Fact]
    public void Reject_busy() => Page("reject-1.xml", new VoiceResponse().Reject(reason: RejectReason.Busy));

    [Fact]
    public void Refer_to_a_sip_uri() => Page("refer-1.xml", new VoiceResponse().Refer(refer => refer.Sip("sip:john@example.com")));

    [Fact]
    public void Hangup() => Page("hangup-1.xml", new VoiceResponse().Hangup());

    [Fact]
    public void Leave() => Page("leave-1.xml", new VoiceResponse().Leave());

    [Fact]
    public void Redirect_with_method() => Page(
        "redirect-1.xml",
        new VoiceResponse().Redirect("https://example.com/next-instructions", method: CallbackMethod.Post));

    [Fact]
    public void Enqueue_without_a_name() => Page("enqueue-1.xml", new VoiceResponse().Enqueue(string.Empty));

    [Fact]
    public void Record_with_action() => Page(
        "record-1.xml",
        new VoiceResponse().Record(action: "https://example.com/recording-complete", maxLength: 30, playBeep: true));

    [Fact]
    public void HttpRequest_sent_without_waiting() => Page(
        "httprequest-1.xml",
        new VoiceResponse().HttpRequest(
            http => http.Request(
                "https://example.com",
                request => request
                    .Headers(headers => headers
                        .Header(header => header.Key("Authorization").Value("Bearer API_key"))
                        .Header(header => header.Key("Content-Type").Value("application/json")))
                    .Body("{ \"from\":{{From}} }"),
                method: HttpRequestMethod.Post),
            async: true));

    [Fact]
    public void HttpRequest_reading_fields_of_the_response() => Page(
        "httprequest-2.xml",
        new VoiceResponse().HttpRequest(
            http => http
                .Request("https://example.com", method: HttpRequestMethod.Post)
                .Response(response => response
                    .Type("JSON")
                    .StatusCode("200")
                    .Content(content => content
                        .Field(field => field.Name("contact.name.first").Value("first_name"))
                        .Field(field => field.Name("contact.name.last").Value("last_name")))),
            async: false,
            action: "https://example.com"));

    [Fact]
    public void Suppression_started_and_stopped() => Page(
        "suppression-1.xml",
        new VoiceResponse()
            .Start(start => start.Suppression(direction: SuppressionDirection.Inbound))
            .Stop(stop => stop.Suppression()));

    [Fact]
    public void Dial_numbers_and_a_sip_uri_at_once() => Page(
        "dial-1.xml",
        new VoiceResponse().Dial(dial => dial.Number("+18775551212").Sip("sip:connection@sip.telnyx.com").Number("+18771234567")));

    [Fact]
    public void Dial_numbers_and_a_sip_uri_in_turn() => Page(
        "dial-2.xml",
        new VoiceResponse().Dial(dial => dial.Number("+18775551212").Sip("sip:connection@sip.telnyx.com").Number("+18771234567"), sequential: true));

    [Fact]
    public void Dial_a_number_as_text() => Page(
        "dial-3.xml",
        new VoiceResponse().Dial("+19999999999", action: "/nextinstructions.php", callerId: "+13120001234"));

    [Fact]
    public void Dial_a_number_with_status_events() => Page(
        "dial-4.xml",
        new VoiceResponse().Dial(
            dial => dial.Number(
                "+19999999999",
                statusCallback: "https://foo.com/my_call_stats",
                statusCallbackEvent: [CallStatusCallbackEvent.Initiated, CallStatusCallbackEvent.Ringing, CallStatusCallbackEvent.Answered, CallStatusCallbackEvent.Completed]),
            action: "/nextinstructions.php",
            callerId: "+13120001234"));

    [Fact]
    public void Dial_a_number_with_answering_machine_detection() => Page(
        "dial-5.xml",
        new VoiceResponse().Dial(
            dial => dial.Number(
                "+19999999999",
                statusCallback: "https://foo.com/my_call_stats",
                statusCallbackEvent: [CallStatusCallbackEvent.Initiated, CallStatusCallbackEvent.Ringing, CallStatusCallbackEvent.Answered, CallStatusCallbackEvent.Completed, CallStatusCallbackEvent.Amd],
                machineDetection: MachineDetection.Enable,
                detectionMode: DetectionMode.Regular),
            action: "/nextinstructions.php",
            callerId: "+13120001234"));

    [Fact]
    public void Dial_a_conference() => Page(
        "conference-1.xml",
        new VoiceResponse().Dial(dial => dial.Conference("conference_name"), action: "/nextinstructions.php"));

    [Fact]
    public void Conference_does_not_trim_as_telnyx_lists_it() =>
        Assert.Contains("trim=\"do-not-trim\"", new VoiceResponse().Dial(dial => dial.Conference("room", trim: ConferenceTrim.DoNotTrim)).ToString());

    [Fact]
    public void Telnyx_only_attributes_are_written_as_spelled()
    {
        var response = new VoiceResponse()
            .Dial(
                dial => dial
                    .Number("+15551234567", machineDetection: MachineDetection.Disable, detectionMode: DetectionMode.Premium, sipRegion: SipRegion.MiddleEast, statusCallbackEvent: [CallStatusCallbackEvent.Amd, CallStatusCallbackEvent.Dtmf])
                    .Conference("room", recordBeep: true, sendRecordingUrl: false),
                fromDisplayName: "Acme Support",
                recordingChannels: RecordChannels.Single,
                recordMaxLength: 0,
                sendRecordingUrl: true,
                audioUrl: "https://example.com/ring.mp3",
                passDiversionHeader: true,
                sequential: true)
            .Enqueue("support", maxWaitTimeSecs: 300)
            .Record(channels: RecordChannels.Dual, format: RecordFormat.Wav, transcription: true, transcriptionCallback: "/transcribed")
            .Start(start => start.Suppression(direction: SuppressionDirection.Both, noiseSuppressionEngine: NoiseSuppressionEngine.Krisp, model: KrispModel.VivaTelV2, suppressionLevel: "80.5"));

        XmlAssert.SameTree(
            """
            <Response>
              <Dial fromDisplayName="Acme Support" recordingChannels="single" recordMaxLength="0" sendRecordingUrl="true" audioUrl="https://example.com/ring.mp3" passDiversionHeader="true" sequential="true">
                <Number machineDetection="Disable" detectionMode="Premium" sipRegion="Middle East" statusCallbackEvent="amd dtmf">+15551234567</Number>
                <Conference recordBeep="true" sendRecordingUrl="false">room</Conference>
              </Dial>
              <Enqueue maxWaitTimeSecs="300">support</Enqueue>
              <Record channels="dual" format="wav" transcription="true" transcriptionCallback="/transcribed" />
              <Start><Suppression direction="both" noiseSuppressionEngine="Krisp" model="krisp-viva-tel-v2.kef" suppressionLevel="80.5" /></Start>
            </Response>
            """,
            response.ToString());
        Assert.Equal(response, VoiceResponse.Parse(response.ToString()));
    }

    [Theory]
    [InlineData("fromDisplayName", "Acme <Support>")]
    [InlineData("suppressionLevel", "100.5")]
    public void A_value_the_page_does_not_allow_names_the_attribute(string attribute, string value)
    {
        var exception = Assert.ThrowsAny<System.ArgumentException>(() => attribute == "fromDisplayName"
            ? new VoiceResponse().Dial("+15551234567", fromDisplayName: value)
            : new VoiceResponse().Start(start => start.Suppression(suppressionLevel: value)));

        Assert.Equal(attribute, exception.ParamName);
    }

    [Fact]
    public void A_twilio_only_attribute_in_a_texml_document_is_reported_by_parse()
    {
        var problem = Assert.Single(VoiceResponse.Validate("<Response><Dial referUrl=\"/refer\">+15551234567</Dial></Response>"));

        Assert.Equal(MarkupDsl.Markup.MarkupSeverity.Error, problem.Severity);
        Assert.Contains("referUrl", problem.Message);
    }

    private static void Page(string file, VoiceResponse built) => PageExample.MatchesTrimmed("texml/pages/" + file, built, VoiceResponse.Parse, VoiceResponse.Validate);
}
