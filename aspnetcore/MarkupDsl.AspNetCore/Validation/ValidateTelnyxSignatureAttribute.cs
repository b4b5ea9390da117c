using System;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// On an MVC controller or action: answers 403, with a warning log line, before model binding when the
/// <c>telnyx-signature-ed25519</c> header does not match the timestamp and body, or the timestamp is stale (see <see cref="TelnyxRequestValidator"/>).
/// Needs <see cref="RequestValidationServiceCollectionExtensions.AddTelnyxRequestValidation"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ValidateTelnyxSignatureAttribute : ValidateProviderRequestAttribute
{
    /// <summary>Creates the filter.</summary>
    public ValidateTelnyxSignatureAttribute()
        : base(typeof(TelnyxRequestValidator))
    {
    }
}
