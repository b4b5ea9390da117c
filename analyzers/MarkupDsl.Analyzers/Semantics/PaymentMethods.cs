using System.Collections.Immutable;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// The two payment methods of <c>&lt;Pay&gt;</c> and what belongs to one of them only: the attributes that describe
/// a card or a bank account, and the <c>&lt;Prompt for&gt;</c> steps in which <c>&lt;Pay&gt;</c> asks for them.
/// </summary>
internal static class PaymentMethods
{
    /// <summary>Card data (the default when <c>paymentMethod</c> is left out).</summary>
    public const string CreditCard = "credit-card";

    /// <summary>A bank routing and account number.</summary>
    public const string AchDebit = "ach-debit";

    /// <summary>The <c>&lt;Pay&gt;</c> attributes (builder parameters) that apply to one method only.</summary>
    public static readonly ImmutableDictionary<string, string> Attributes = ImmutableDictionary.CreateRange(new[]
    {
        Entry("bankAccountType", AchDebit),
        Entry("validCardTypes", CreditCard),
        Entry("securityCode", CreditCard),
        Entry("postalCode", CreditCard),
        Entry("minPostalCodeLength", CreditCard),
    });

    /// <summary>The <c>&lt;Prompt for&gt;</c> steps that only one method goes through (<c>payment-processing</c> is both's).</summary>
    public static readonly ImmutableDictionary<string, string> PromptSteps = ImmutableDictionary.CreateRange(new[]
    {
        Entry("payment-card-number", CreditCard),
        Entry("expiration-date", CreditCard),
        Entry("security-code", CreditCard),
        Entry("postal-code", CreditCard),
        Entry("bank-routing-number", AchDebit),
        Entry("bank-account-number", AchDebit),
    });

    private static System.Collections.Generic.KeyValuePair<string, string> Entry(string key, string method) => new(key, method);
}
