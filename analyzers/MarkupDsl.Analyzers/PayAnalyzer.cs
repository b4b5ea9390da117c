using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// The <c>&lt;Pay&gt;</c> attribute combinations Twilio documents: a card attribute or step with
/// <c>paymentMethod="ach-debit"</c>, or <c>bankAccountType</c> or a bank step without it (MDSL016);
/// <c>tokenType</c> on a charge, which tokenizes nothing (MDSL017); a <c>chargeAmount</c> that is not a decimal
/// amount (MDSL018). Only constants are judged: an attribute whose value is not known at compile time is left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PayAnalyzer : MarkupAnalyzer
{
    private const string Pay = "Pay";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PayOtherMethod, Descriptors.PayTokenTypeWithCharge, Descriptors.PayChargeAmount);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types) =>
        context.RegisterOperationAction(operation => Analyze(operation, types), OperationKind.Invocation);

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!MarkupCall.Is(invocation, types, type: null, Pay, out _))
        {
            return;
        }

        AnalyzePaymentMethod(context, types, invocation);
        AnalyzeChargeAmount(context, invocation);
    }

    private static void AnalyzePaymentMethod(OperationAnalysisContext context, MarkupTypes types, IInvocationOperation invocation)
    {
        // An omitted method is credit-card; one not known at compile time, or not documented (MDSL003), may be either.
        IArgumentOperation? method = GivenArguments.Of(invocation, "paymentMethod").FirstOrDefault();
        string? methodText = method is null ? PaymentMethods.CreditCard : KnownValues.Text(method.Value, types);
        if (methodText is not (PaymentMethods.CreditCard or PaymentMethods.AchDebit))
        {
            return;
        }

        string uses = method is null ? methodText + " (the default)" : methodText;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && PaymentMethods.Attributes.TryGetValue(parameter.Name, out string? only)
                && only != methodText && GivenArguments.IsGiven(argument))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PayOtherMethod, argument.Syntax.GetLocation(), parameter.Name, only, uses));
            }
        }

        if (MarkupCall.Argument(invocation, "content") is not { } content)
        {
            return;
        }

        foreach (IInvocationOperation prompt in content.Descendants().OfType<IInvocationOperation>())
        {
            if (MarkupCall.Is(prompt, types, "PayBuilder", "Prompt", out _)
                && GivenArguments.Of(prompt, "for").FirstOrDefault() is { } step
                && KnownValues.Text(step.Value, types) is { } stepText
                && PaymentMethods.PromptSteps.TryGetValue(stepText, out string? only)
                && only != methodText)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PayOtherMethod, step.Syntax.GetLocation(),
                    $"<Prompt for=\"{stepText}\">", only, uses));
            }
        }
    }

    private static void AnalyzeChargeAmount(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (GivenArguments.Of(invocation, "chargeAmount").FirstOrDefault() is not { } charge
            || ArgumentItems.Unwrap(charge.Value) is not { ConstantValue: { HasValue: true, Value: string amountText } } amount)
        {
            return;
        }

        if (!decimal.TryParse(amountText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PayChargeAmount, amount.Syntax.GetLocation(), amountText));
        }
        else if (value > 0 && GivenArguments.Of(invocation, "tokenType").FirstOrDefault() is { } tokenType)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.PayTokenTypeWithCharge, tokenType.Syntax.GetLocation(), amountText));
        }
    }
}
