using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// On an MVC controller or action: answers 403, with a warning log line, before model binding when the
/// <c>X-Twilio-Signature</c> header does not match the request URL and form (see <see cref="TwilioRequestValidator"/>).
/// Needs <see cref="TwilioValidationServiceCollectionExtensions.AddTwilioRequestValidation"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class ValidateTwilioSignatureAttribute : Attribute, IAsyncAuthorizationFilter
{
    /// <inheritdoc/>
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var httpContext = context.HttpContext;
        var validator = httpContext.RequestServices.GetRequiredService<TwilioRequestValidator>();
        if (!await validator.IsValidWebhookAsync(httpContext.Request, httpContext.RequestAborted).ConfigureAwait(false))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }
}
