using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.PayAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class PayTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Pay({|MDSL016:bankAccountType: "consumer-savings"|})""")]
    [InlineData("""new VoiceResponse().Pay(paymentMethod: "credit-card", {|MDSL016:bankAccountType: PayBankAccountType.CommercialChecking|})""")]
    [InlineData("""new VoiceResponse().Pay(paymentMethod: "ach-debit", {|MDSL016:validCardTypes: ["visa"]|}, {|MDSL016:securityCode: false|}, {|MDSL016:postalCode: "94105"|}, {|MDSL016:minPostalCodeLength: 5|})""")]
    [InlineData("""new VoiceResponse().Pay(p => p.Prompt({|MDSL016:"payment-card-number"|}, s => s.Say("Card number")).Prompt("payment-processing"), paymentMethod: PayPaymentMethod.AchDebit)""")]
    [InlineData("""new VoiceResponse().Pay(p => p.Prompt({|MDSL016:PromptFor.BankRoutingNumber|}).Prompt({|MDSL016:@for: "bank-account-number"|}))""")]
    public Task An_attribute_or_prompt_of_the_other_payment_method_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Pay(paymentMethod: "ach-debit", bankAccountType: "consumer-savings")""")]
    [InlineData("""new VoiceResponse().Pay(validCardTypes: ["visa", "amex"], securityCode: true, postalCode: "false", minPostalCodeLength: 5)""")]
    [InlineData("""new VoiceResponse().Pay(paymentMethod: name, bankAccountType: "consumer-savings", securityCode: false)""")]
    [InlineData("""new VoiceResponse().Pay(paymentMethod: "ach", bankAccountType: "consumer-savings", securityCode: false)""")]
    [InlineData("""new VoiceResponse().Pay(paymentMethod: "ach-debit", validCardTypes: null, securityCode: null)""")]
    [InlineData("""new VoiceResponse().Pay(p => p.Prompt("bank-routing-number").Prompt("payment-processing").Prompt(name), paymentMethod: "ach-debit")""")]
    [InlineData("""new VoiceResponse().Pay(p => p.Prompt("payment-card-number").Prompt("security-code"))""")]
    public Task An_attribute_or_prompt_of_the_payment_method_in_use_or_of_an_unknown_one_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: "10.00", {|MDSL017:tokenType: "reusable"|})""")]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: "0.01", {|MDSL017:tokenType: PayTokenType.OneTime|}, paymentMethod: "ach-debit")""")]
    public Task A_token_type_on_a_charge_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Pay(tokenType: "reusable")""")]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: "0", tokenType: "one-time").Pay(chargeAmount: "0.00", tokenType: "payment-method")""")]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: name, tokenType: "reusable").Pay(chargeAmount: "10.00", tokenType: null)""")]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: {|MDSL018:"ten"|}, tokenType: "reusable")""")]
    public Task A_token_type_when_tokenizing_or_with_an_amount_unknown_at_compile_time_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: {|MDSL018:"$10.00"|})""")]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: {|MDSL018:"10,00"|}).Pay(chargeAmount: {|MDSL018:"-5"|}).Pay(chargeAmount: {|MDSL018:""|})""")]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: {|MDSL018:"1,000.00"|}, tokenType: "reusable")""")]
    public Task A_charge_amount_that_is_not_a_decimal_amount_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: "10.00").Pay(chargeAmount: "0").Pay(chargeAmount: "25")""")]
    [InlineData("""new VoiceResponse().Pay(chargeAmount: name).Pay(chargeAmount: null).Pay()""")]
    public Task A_decimal_charge_amount_or_one_unknown_at_compile_time_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("MDSL016", """new VoiceResponse().Pay({|#0:bankAccountType: "consumer-savings"|})""",
        "bankAccountType applies only to paymentMethod ach-debit, but this <Pay> uses credit-card (the default)")]
    [InlineData("MDSL016", """new VoiceResponse().Pay(p => p.Prompt({|#0:"expiration-date"|}), paymentMethod: "ach-debit")""",
        "<Prompt for=\"expiration-date\"> applies only to paymentMethod credit-card, but this <Pay> uses ach-debit")]
    [InlineData("MDSL017", """new VoiceResponse().Pay(chargeAmount: "10.00", {|#0:tokenType: "reusable"|})""",
        "tokenType has no effect: chargeAmount '10.00' makes this <Pay> a charge, and only a <Pay> without chargeAmount, or with 0, creates a token")]
    [InlineData("MDSL018", """new VoiceResponse().Pay(chargeAmount: {|#0:"$10"|})""",
        "chargeAmount '$10' is not a decimal amount such as 10.00 (or 0 to tokenize)")]
    public Task The_messages_name_the_attribute_and_the_payment(string id, string expression, string message) => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", expression),
        Verify.Diagnostic(id).WithLocation(0).WithMessage(message));
}
