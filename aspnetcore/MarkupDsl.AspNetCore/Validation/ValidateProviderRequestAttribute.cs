using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// On an MVC controller or action: answers 403, with a warning log line, before model binding when the request is
/// not the provider's. Use <see cref="ValidateTwilioSignatureAttribute"/>, <see cref="ValidateSignalWireSignatureAttribute"/>
/// or <see cref="ValidateTelnyxSignatureAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public abstract class ValidateProviderRequestAttribute : Attribute, IAsyncAuthorizationFilter
{
    private readonly Type _validatorType;

    private protected ValidateProviderRequestAttribute(Type validatorType)
    {
        _validatorType = validatorType;
    }

    /// <inheritdoc/>
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var httpContext = context.HttpContext;
        var validator = (ProviderRequestValidator)httpContext.RequestServices.GetRequiredService(_validatorType);
        if (!await validator.IsValidWebhookAsync(httpContext.Request, httpContext.RequestAborted).ConfigureAwait(false))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
        }
    }
}
