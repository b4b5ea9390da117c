using System;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// On an MVC controller or action: answers 403, with a warning log line, before model binding when the
/// <c>X-Twilio-Signature</c> header does not match the request URL and form (see <see cref="TwilioRequestValidator"/>).
/// Needs <see cref="RequestValidationServiceCollectionExtensions.AddTwilioRequestValidation"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ValidateTwilioSignatureAttribute : ValidateProviderRequestAttribute
{
    /// <summary>Creates the filter.</summary>
    public ValidateTwilioSignatureAttribute()
        : base(typeof(TwilioRequestValidator))
    {
    }
}
