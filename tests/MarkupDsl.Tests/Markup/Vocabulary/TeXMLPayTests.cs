using System;
using System.Reflection;
using MarkupDsl.Markup;
using MarkupDsl.TeXML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// Telnyx's TeXML <c>&lt;Pay&gt;</c> with its nested <c>&lt;Prompt&gt;</c> and <c>&lt;Parameter&gt;</c>
/// (developers.telnyx.com/docs/voice/programmable-voice/texml-verbs/pay): every example document of the page, its own
/// attribute set and bounds, and the Twilio and SignalWire attributes it does not have.
/// </summary>
public sealed class TeXMLPayTests
{
    [Fact]
    public void Charge_a_credit_card() => Page(
        "pay-1.xml",
        new VoiceResponse().Pay(
            paymentConnector: "MyConnector",
            chargeAmount: "10.50",
            currency: "USD",
            transactionType: PayTransactionType.Charge,
            action: "https://example.com/payment-complete",
            statusCallback: "https://example.com/pay-status"));

    [Fact]
    public void Tokenize_a_credit_card() => Page(
        "pay-2.xml",
        new VoiceResponse().Pay(
            paymentConnector: "MyConnector",
            transactionType: PayTransactionType.Tokenize,
            action: "https://example.com/payment-complete",
            statusCallback: "https://example.com/pay-status"));

    [Fact]
    public void Collect_ach_bank_account_details() => Page(
        "pay-3.xml",
        new VoiceResponse().Pay(
            paymentConnector: "MyConnector",
            paymentMethod: PayPaymentMethod.AchDebit,
            transactionType: PayTransactionType.Charge,
            chargeAmount: "25.00",
            currency: "USD",
            action: "https://example.com/payment-complete",
            statusCallback: "https://example.com/pay-status"));

    [Fact]
    public void Custom_prompts_said() => Page(
        "pay-4.xml",
        new VoiceResponse().Pay(
            pay => pay
                .Prompt(PromptFor.PaymentCardNumber, prompt => prompt.Say("Please enter your credit card number."))
                .Prompt(PromptFor.SecurityCode, prompt => prompt.Say("Please enter the security code from your card.")),
            paymentConnector: "MyConnector",
            transactionType: PayTransactionType.Charge,
            chargeAmount: "10.50",
            action: "https://example.com/payment-complete"));

    [Fact]
    public void Prompts_qualified_by_card_type_attempt_and_error() => Page(
        "pay-5.xml",
        new VoiceResponse().Pay(
            pay => pay
                .Prompt(PromptFor.SecurityCode, p => p.Say("Please enter the 4-digit security code from the front of your card."), cardType: [PromptCardType.Amex])
                .Prompt(PromptFor.SecurityCode, p => p.Say("Please enter the security code from your card."))
                .Prompt(
                    PromptFor.PaymentCardNumber,
                    p => p.Say("That card number was not accepted. Please try again."),
                    attempt: [2, 3],
                    errorType: [PromptErrorType.InvalidCardNumber]),
            paymentConnector: "MyConnector",
            transactionType: PayTransactionType.Charge,
            chargeAmount: "10.50",
            maxAttempts: 3));

    [Fact]
    public void Prompts_as_json() => Page(
        "pay-6.xml",
        new VoiceResponse().Pay(
            paymentConnector: "MyConnector",
            transactionType: PayTransactionType.Tokenize,
            prompts: """{"payment-card-number":[{"text":"Enter your card number."},{"text":"Please try again.","attempt":"2 3"}]}"""));

    [Fact]
    public void Connector_parameters_as_json_and_as_children() => Page(
        "pay-7.xml",
        new VoiceResponse().Pay(
            pay => pay.Parameter("order_id", "ORD-12345").Parameter("customer_id", "CUST-67890"),
            paymentConnector: "MyConnector",
            transactionType: PayTransactionType.Charge,
            chargeAmount: "10.50",
            parameters: """{"source":"phone"}"""));

    [Fact]
    public void Telnyx_attributes_are_written_as_spelled()
    {
        var response = new VoiceResponse().Pay(
            pay => pay.Prompt(PromptFor.PostalCode, p => p.Say("Postal code, please."), errorType: [PromptErrorType.InvalidPostalCode]),
            paymentToken: "tok_abc123",
            method: CallbackMethod.Get,
            timeout: 600,
            interDigitTimeout: 1,
            voice: "male",
            language: "es-ES",
            serviceLevel: PayServiceLevel.Premium,
            metadata: """{"order":"12345"}""");

        XmlAssert.SameTree(
            """
            <Response>
              <Pay paymentToken="tok_abc123" method="GET" timeout="600" interDigitTimeout="1" voice="male" language="es-ES" serviceLevel="premium" metadata="{&quot;order&quot;:&quot;12345&quot;}">
                <Prompt for="postal-code" errorType="invalid-postal-code"><Say>Postal code, please.</Say></Prompt>
              </Pay>
            </Response>
            """,
            response.ToString());
        Assert.Equal(response, VoiceResponse.Parse(response.ToString()));
    }

    [Theory]
    [InlineData("timeout", 0)]
    [InlineData("timeout", 601)]
    [InlineData("interDigitTimeout", 0)]
    [InlineData("interDigitTimeout", 601)]
    public void A_timeout_outside_1_to_600_seconds_names_the_attribute(string attribute, int seconds)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => attribute == "timeout"
            ? new VoiceResponse().Pay(timeout: seconds)
            : new VoiceResponse().Pay(interDigitTimeout: seconds));

        Assert.Equal(attribute, exception.ParamName);
    }

    [Fact]
    public void A_timeout_outside_the_range_is_reported_by_parse() =>
        Assert.Contains("timeout", Assert.Single(VoiceResponse.Validate("<Response><Pay timeout=\"900\" /></Response>")).Message);

    [Theory]
    [InlineData("new VoiceResponse().Pay(validCardTypes: [\"visa\"]);", "CS1739")]
    [InlineData("new VoiceResponse().Pay(tokenType: \"reusable\");", "CS1739")]
    [InlineData("new VoiceResponse().Pay(paymentConnectorUrl: \"https://pay.example.com\");", "CS1739")]
    [InlineData("new VoiceResponse().Pay(p => p.Prompt(PromptFor.PostalCode, q => q.Play(\"https://x/a.mp3\")));", "CS1061")]
    [InlineData("new VoiceResponse().Prompt(PromptFor.PostalCode);", "CS1061")]
    public void Attributes_and_children_telnyx_does_not_list_do_not_compile(string statement, string expectedError) =>
        Assert.Contains(expectedError, NestingCompileTests.Compile(statement, "MarkupDsl.TeXML"));

    [Fact]
    public void Telnyx_attributes_do_not_compile_in_twiml_or_cxml()
    {
        Assert.Contains("CS1739", NestingCompileTests.Compile("new VoiceResponse().Pay(transactionType: \"charge\");", "MarkupDsl.TwiML"));
        Assert.Contains("CS1739", NestingCompileTests.Compile("new VoiceResponse().Pay(interDigitTimeout: 5);", "MarkupDsl.CXML"));
    }

    [Fact]
    public void Known_steps_and_card_types_follow_the_page()
    {
        Assert.Equal(
            ["payment-card-number", "expiration-date", "security-code", "postal-code", "bank-account-number", "bank-routing-number"],
            typeof(PromptFor).GetCustomAttribute<KnownValuesAttribute>()!.Values);
        Assert.DoesNotContain("optima", typeof(PromptCardType).GetCustomAttribute<KnownValuesAttribute>()!.Values);
    }

    private static void Page(string file, VoiceResponse built) => PageExample.MatchesTrimmed("texml/pages/" + file, built, VoiceResponse.Parse, VoiceResponse.Validate);
}
