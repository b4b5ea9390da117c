using MarkupDsl.CXML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// SignalWire's cXML call-flow verbs and nouns: every example document on their pages
/// (developer.signalwire.com/compatibility-api/cxml/reference/voice/...), built with the cXML builders.
/// </summary>
public sealed class CXMLCallFlowTests
{
    [Fact]
    public void Dial_simple() => Page("dial-1.xml", new VoiceResponse().Dial("123-456-7890"));

    [Fact]
    public void Dial_a_number_with_caller_id() => Page(
        "dial-2.xml",
        new VoiceResponse().Dial(dial => dial.Number("+18004445566"), callerId: "+18007778899"));

    [Fact]
    public void Dial_mono_recording() => Page(
        "dial-3.xml",
        new VoiceResponse().Dial(
            dial => dial.Number("+10123456789"),
            record: DialRecord.RecordFromRinging,
            recordingStatusCallback: "https://example.com/recording_status"));

    [Fact]
    public void Dial_dual_recording_of_a_conference() => Page(
        "dial-4.xml",
        new VoiceResponse().Dial(
            dial => dial.Conference("teamcall"),
            record: DialRecord.RecordFromRingingDual,
            recordingStatusCallback: "https://example.com/recording_status"));

    [Fact]
    public void Number_with_send_digits() => Page(
        "number-1.xml",
        new VoiceResponse().Dial(dial => dial.Number("123-456-7890", sendDigits: "www5645")));

    [Fact]
    public void Number_three_at_once() => Page(
        "number-2.xml",
        new VoiceResponse().Dial(dial => dial.Number("123-456-7890").Number("987-654-3210").Number("102-938-4750")));

    [Fact]
    public void Sip_simple() => Page("sip-1.xml", new VoiceResponse().Dial(dial => dial.Sip("sip:alice@example.com")));

    [Fact]
    public void Sip_with_credentials() => Page(
        "sip-3.xml",
        new VoiceResponse().Dial(dial => dial.Sip("sip:bob@example.com", username: "admin", password: "1234")));

    [Fact]
    public void Sip_with_headers_in_the_uri() => Page(
        "sip-4.xml",
        new VoiceResponse().Dial(dial => dial.Sip("sip:charlie@example.com?customheader=foo&othercustomheader=bar")));

    [Fact]
    public void Sip_with_dial_attributes_and_status_events() => Page(
        "sip-5.xml",
        new VoiceResponse().Dial(
            dial => dial.Sip(
                "sip:dan@example.com?customheader=foo",
                url: "https://www.example.com/whisper_audio",
                statusCallbackEvent: [CallStatusCallbackEvent.Ringing, CallStatusCallbackEvent.Answered],
                statusCallback: "https://www.example.com/dial_events"),
            record: DialRecord.RecordFromAnswer,
            callerId: "alice",
            method: CallbackMethod.Get,
            action: "https://www.example.com/after_dial"));

    [Fact]
    public void Conference_simple() => Page("conference-1.xml", new VoiceResponse().Dial(dial => dial.Conference("Room 1234")));

    [Fact]
    public void Conference_waiting_for_the_moderator() => Page(
        "conference-3.xml",
        new VoiceResponse().Dial(dial => dial.Conference("moderated-conference-room", startConferenceOnEnter: false)));

    [Fact]
    public void Conference_moderator() => Page(
        "conference-4.xml",
        new VoiceResponse().Dial(dial => dial.Conference("moderated-conference-room", startConferenceOnEnter: true, endConferenceOnExit: true)));

    [Fact]
    public void Conference_muted() => Page(
        "conference-5.xml",
        new VoiceResponse().Dial(dial => dial.Conference("ConferenceRoom", muted: true)));

    [Fact]
    public void Conference_coach() => Page(
        "conference-6.xml",
        new VoiceResponse().Dial(dial => dial.Conference("Example-Room", coach: "AgentCallSid")));

    [Fact]
    public void Conference_recorded() => Page(
        "conference-7.xml",
        new VoiceResponse().Dial(dial => dial.Conference(
            "ConferenceCall",
            record: ConferenceRecord.RecordFromStart,
            recordingStatusCallback: "https://www.example.com/recording_update")));

    [Fact]
    public void Queue_with_url() => Page(
        "queue-1.xml",
        new VoiceResponse().Dial(dial => dial.Queue("support", url: "https://example.com/about_to_connect.xml")));

    [Fact]
    public void Queue_url_document() => Page("queue-2.xml", new VoiceResponse().Say("You will now be connected to an agent."));

    [Fact]
    public void Verto_simple() => Page(
        "verto-1.xml",
        new VoiceResponse().Dial(dial => dial.Verto("Test@mySip-domain.verto.signalwire.com")));

    [Fact]
    public void Verto_with_dial_attributes() => Page(
        "verto-2.xml",
        new VoiceResponse().Dial(
            dial => dial.Verto("Test@mySip-domain.verto.signalwire.com"),
            record: DialRecord.RecordFromAnswer,
            method: CallbackMethod.Get,
            action: "https://www.example.com/after_dial"));

    [Fact]
    public void Denoise_on_before_dialling() => Page(
        "denoise-1.xml",
        new VoiceResponse().Denoise("on").Dial(dial => dial.Sip("sip:user@example.com;transport=udp")));

    [Fact]
    public void Denoise_off_before_recording() => Page(
        "denoise-2.xml",
        new VoiceResponse().Denoise("off").Record(timeout: 5, transcribe: true));

    [Fact]
    public void Echo_then_hang_up() => Page("echo-1.xml", new VoiceResponse().Echo(timeout: 120).Hangup());

    [Fact]
    public void Enqueue_with_wait_url() => Page(
        "enqueue-1.xml",
        new VoiceResponse().Enqueue("support", waitUrl: "https://example.com/hold-music.xml"));

    [Fact]
    public void Enqueue_wait_url_document_plays_hold_music() => Page(
        "enqueue-2.xml",
        new VoiceResponse().Play("http://your-application.com/classical.mp3"));

    [Fact]
    public void Hangup() => Page("hangup-1.xml", new VoiceResponse().Hangup());

    [Fact]
    public void Leave_the_queue_document() => Page(
        "leave-1.xml",
        new VoiceResponse()
            .Enqueue("support", waitUrl: "https://example.com/wait.xml")
            .Say("Customer support is now closed. Please call back on the next business day. Thank you."));

    [Fact]
    public void Leave_wait_url_document_plays_music() => Page(
        "leave-2.xml",
        new VoiceResponse().Play("http://your-application.com/music.mp3"));

    [Fact]
    public void Leave() => Page("leave-3.xml", new VoiceResponse().Leave());

    [Fact]
    public void Record_a_voicemail() => Page(
        "record-1.xml",
        new VoiceResponse()
            .Say("Please leave a message at the beep. Press the pound key when finished.")
            .Record(action: "http://your-application.com/handleRecording.php", method: CallbackMethod.Get, maxLength: 15, finishOnKey: "#"));

    [Fact]
    public void Record_transcribed() => Page(
        "record-2.xml",
        new VoiceResponse().Record(transcribe: true, transcribeCallback: "http://your-application.com/handle_transcribe.php"));

    [Fact]
    public void Redirect_absolute() => Page("redirect-1.xml", new VoiceResponse().Redirect("https://www.your-application.com/next-instructions"));

    [Fact]
    public void Redirect_after_dial() => Page(
        "redirect-2.xml",
        new VoiceResponse().Dial("310-123-0000").Redirect("http://www.your-application.com/next-instructions"));

    [Fact]
    public void Refer_to_a_sip_uri() => Page(
        "refer-1.xml",
        new VoiceResponse().Refer(refer => refer.Sip("sip:transfer-target@example.com"), action: "https://example.com/refer-completed.xml", method: CallbackMethod.Get));

    [Fact]
    public void Reject() => Page("reject-1.xml", new VoiceResponse().Reject());

    [Fact]
    public void Reject_busy() => Page("reject-2.xml", new VoiceResponse().Reject(reason: RejectReason.Busy));

    [Fact]
    public void Sms_simple() => Page(
        "sms-1.xml",
        new VoiceResponse().Say("Our store is located at 123 Easy St.").Sms("Store Location: 123 Easy St."));

    [Fact]
    public void Sms_with_action() => Page(
        "sms-2.xml",
        new VoiceResponse().Say("Our store is located at 123 Easy St.").Sms("Store Location: 123 Easy St.", action: "/smsHandler.php", method: CallbackMethod.Post));

    [Fact]
    public void Sms_with_status_callback() => Page(
        "sms-3.xml",
        new VoiceResponse().Say("Our store is located at 123 Easy St.").Sms("Store Location: 123 Easy St.", statusCallback: "/smsHandler.php"));

    [Fact]
    public void Pay_action_document() => Page(
        "pay-3.xml",
        new VoiceResponse().Say("Thank you for your payment. Your transaction has been completed.").Hangup());

    [Fact]
    public void Pay_a_charge() => Page(
        "pay-4.xml",
        new VoiceResponse().Say("Please enter your payment information").Pay(chargeAmount: "20.45"));

    [Fact]
    public void Pay_with_callbacks() => Page(
        "pay-5.xml",
        new VoiceResponse().Say("Please enter your payment information").Pay(
            chargeAmount: "20.45",
            action: "https://your-callback-url.example.com/pay",
            statusCallback: "https://your-callback-url.example.com/status"));

    [Fact]
    public void Pay_tokenize_a_card() => Page(
        "pay-6.xml",
        new VoiceResponse().Say("Please enter your card information to save for future use").Pay(tokenType: PayTokenType.Reusable, chargeAmount: "0"));

    [Fact]
    public void Pay_tokenize_with_card_checks() => Page(
        "pay-7.xml",
        new VoiceResponse().Say("Please enter your card information").Pay(
            tokenType: PayTokenType.Reusable,
            chargeAmount: "0",
            validCardTypes: [PayValidCardType.Visa, PayValidCardType.Mastercard],
            securityCode: true,
            postalCode: "true"));

    [Fact]
    public void Pay_with_attempts_and_timeout() => Page(
        "pay-8.xml",
        new VoiceResponse().Say("Please enter your payment information").Pay(chargeAmount: "75.00", maxAttempts: 3, timeout: 10));

    // The page's text is double-encoded (informaciÃ³n); the saved example has the intended word.
    [Fact]
    public void Pay_in_another_currency_and_language() => Page(
        "pay-9.xml",
        new VoiceResponse().Say("Por favor, ingrese su información de pago").Pay(
            chargeAmount: "100.00",
            currency: "mxn",
            language: "es-MX",
            description: "Mexican peso transaction"));

    [Fact]
    public void Pay_prompt_said() => Page(
        "pay-prompt-1.xml",
        new VoiceResponse().Pay(pay => pay.Prompt(PromptFor.PaymentCardNumber, prompt => prompt.Say("Please enter your 16 digit Visa or Mastercard number."))));

    [Fact]
    public void Pay_prompt_played() => Page(
        "pay-prompt-2.xml",
        new VoiceResponse().Pay(pay => pay.Prompt(PromptFor.PaymentCardNumber, prompt => prompt.Play("https://example.com/signalwire/cxml/audio/card_number.mp3"))));

    [Fact]
    public void Pay_prompts_for_every_step_and_error() => Page(
        "pay-prompt-3.xml",
        new VoiceResponse().Pay(
            pay => pay
                .Prompt(PromptFor.PaymentCardNumber, p => p.Say("Welcome! To begin, enter the credit card number you'd like to use for payment."))
                .Prompt(PromptFor.PaymentCardNumber, p => p.Say("I haven't received your card number yet. Please take a moment to enter your credit card number now."), errorType: [PromptErrorType.Timeout])
                .Prompt(PromptFor.PaymentCardNumber, p => p.Say("That card number doesn't appear to be valid. Let's try entering it one more time."), errorType: [PromptErrorType.InvalidCardNumber])
                .Prompt(PromptFor.PaymentCardNumber, p => p.Say("We can only accept Visa, MasterCard, or American Express cards. Please enter a card number from one of these providers."), errorType: [PromptErrorType.InvalidCardType])
                .Prompt(PromptFor.ExpirationDate, p => p.Say("Great! Now enter your card's expiration date using two digits for the month followed by two digits for the year."))
                .Prompt(PromptFor.ExpirationDate, p => p.Say("I still need your card's expiration date. Please enter two digits for the month, then two digits for the year."), errorType: [PromptErrorType.Timeout])
                .Prompt(PromptFor.ExpirationDate, p => p.Say("That expiration date isn't valid. Remember to use two digits each for month and year - for example, March 2025 would be 0 3 2 5."), errorType: [PromptErrorType.InvalidDate])
                .Prompt(PromptFor.SecurityCode, p => p.Say("Now for the security code - you'll find three digits on the back of your card."), cardType: [PromptCardType.Visa, PromptCardType.Mastercard])
                .Prompt(PromptFor.SecurityCode, p => p.Say("I'm waiting for your three-digit security code. You can find it on the back of your card."), errorType: [PromptErrorType.Timeout], cardType: [PromptCardType.Visa, PromptCardType.Mastercard])
                .Prompt(PromptFor.SecurityCode, p => p.Say("That security code wasn't quite right. Please enter all three digits from the back of your card."), errorType: [PromptErrorType.InvalidSecurityCode], cardType: [PromptCardType.Visa, PromptCardType.Mastercard])
                .Prompt(PromptFor.SecurityCode, p => p.Say("For American Express, please enter the four-digit security code from the front of your card."), cardType: [PromptCardType.Amex])
                .Prompt(PromptFor.SecurityCode, p => p.Say("I still need the four-digit security code from the front of your American Express card."), errorType: [PromptErrorType.Timeout], cardType: [PromptCardType.Amex])
                .Prompt(PromptFor.SecurityCode, p => p.Say("That security code wasn't valid. Please enter all four digits from the front of your American Express card."), errorType: [PromptErrorType.InvalidSecurityCode], cardType: [PromptCardType.Amex])
                .Prompt(PromptFor.PostalCode, p => p.Say("Almost done! Please enter the five-digit zip code for your billing address."))
                .Prompt(PromptFor.PostalCode, p => p.Say("We still need your billing zip code. Please enter all five digits now."), errorType: [PromptErrorType.Timeout])
                .Prompt(PromptFor.PaymentProcessing, p => p.Say("Perfect! Just a moment while we securely process your payment.")),
            paymentMethod: PayPaymentMethod.CreditCard,
            validCardTypes: [PayValidCardType.Visa, PayValidCardType.Mastercard, PayValidCardType.Amex]));

    [Fact]
    public void SignalWire_only_attributes_are_written_as_spelled()
    {
        var response = new VoiceResponse()
            .Dial(
                dial => dial.Sip("sip:a@example.com", codecs: "PCMU,G722", sessionTimeout: 900),
                callerName: "Support",
                recordingStorageUrl: "https://storage.example.com/calls",
                recordingStorageUrlMethod: StorageUrlMethod.Put)
            .Record(storageUrl: "https://storage.example.com/voicemail", storageUrlMethod: StorageUrlMethod.Post)
            .Pay(paymentConnectorUrl: "https://pay.example.com/connector", chargeAmount: "1.00");

        XmlAssert.SameTree(
            """
            <Response>
              <Dial callerName="Support" recordingStorageUrl="https://storage.example.com/calls" recordingStorageUrlMethod="PUT"><Sip codecs="PCMU,G722" sessionTimeout="900">sip:a@example.com</Sip></Dial>
              <Record storageUrl="https://storage.example.com/voicemail" storageUrlMethod="POST" />
              <Pay paymentConnectorUrl="https://pay.example.com/connector" chargeAmount="1.00" />
            </Response>
            """,
            response.ToString());
        Assert.Equal(response, VoiceResponse.Parse(response.ToString()));
    }

    [Fact]
    public void The_readme_dial_writes_signalwire_attributes_and_nouns() => XmlAssert.SameTree(
        """
        <Response>
          <Denoise>on</Denoise>
          <Dial callerName="Acme Support" record="record-from-answer-dual" recordingStorageUrl="https://storage.example.com/calls" recordingStorageUrlMethod="PUT">
            <Sip codecs="PCMU,G722" sessionTimeout="900">sip:support@example.com</Sip>
            <Verto>agent@space.verto.signalwire.com</Verto>
          </Dial>
        </Response>
        """,
        new VoiceResponse()
            .Denoise("on")
            .Dial(
                dial => dial
                    .Sip("sip:support@example.com", codecs: "PCMU,G722", sessionTimeout: 900)
                    .Verto("agent@space.verto.signalwire.com"),
                callerName: "Acme Support",
                record: DialRecord.RecordFromAnswerDual,
                recordingStorageUrl: "https://storage.example.com/calls",
                recordingStorageUrlMethod: StorageUrlMethod.Put)
            .ToString());

    [Theory]
    [InlineData("codecs", "PCMU PCMA")]
    [InlineData("codecs", "PCMU,SPEEX")]
    [InlineData("callerName", "Support & Sales")]
    public void A_value_the_page_does_not_allow_names_the_attribute(string attribute, string value)
    {
        var exception = Assert.ThrowsAny<System.ArgumentException>(() => attribute == "codecs"
            ? new VoiceResponse().Dial(dial => dial.Sip("sip:a@example.com", codecs: value))
            : new VoiceResponse().Dial("+15551234567", callerName: value));

        Assert.Equal(attribute, exception.ParamName);
    }

    [Fact]
    public void Echo_timeout_is_five_to_a_hundred_and_twenty_seconds()
    {
        Assert.Equal("timeout", Assert.ThrowsAny<System.ArgumentException>(() => new VoiceResponse().Echo(timeout: 121)).ParamName);
        Assert.Equal("timeout", Assert.ThrowsAny<System.ArgumentException>(() => new VoiceResponse().Echo(timeout: 4)).ParamName);
    }

    [Fact]
    public void A_twilio_only_noun_in_a_cxml_dial_is_reported_by_parse()
    {
        var problem = Assert.Single(VoiceResponse.Validate("<Response><Dial><Client>agent</Client></Dial></Response>"));

        Assert.Equal(MarkupDsl.Markup.MarkupSeverity.Error, problem.Severity);
        Assert.Contains("<Client>", problem.Message);
    }

    private static void Page(string file, VoiceResponse built) => PageExample.MatchesTrimmed("cxml/pages/" + file, built, VoiceResponse.Parse, VoiceResponse.Validate);
}
