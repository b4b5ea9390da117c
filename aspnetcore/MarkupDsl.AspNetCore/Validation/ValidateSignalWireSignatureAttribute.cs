using System;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// On an MVC controller or action: answers 403, with a warning log line, before model binding when the
/// <c>X-SignalWire-Signature</c> header does not match the request URL and form (see <see cref="SignalWireRequestValidator"/>).
/// Needs <see cref="RequestValidationServiceCollectionExtensions.AddSignalWireRequestValidation"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ValidateSignalWireSignatureAttribute : ValidateProviderRequestAttribute
{
    /// <summary>Creates the filter.</summary>
    public ValidateSignalWireSignatureAttribute()
        : base(typeof(SignalWireRequestValidator))
    {
    }
}
