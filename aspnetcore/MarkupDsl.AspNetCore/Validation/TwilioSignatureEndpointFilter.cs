using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Answers 403 before the endpoint runs when the request's Twilio signature does not match.</summary>
internal sealed class TwilioSignatureEndpointFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var httpContext = context.HttpContext;
        var validator = httpContext.RequestServices.GetRequiredService<TwilioRequestValidator>();
        return await validator.IsValidWebhookAsync(httpContext.Request, httpContext.RequestAborted).ConfigureAwait(false)
            ? await next(context).ConfigureAwait(false)
            : TypedResults.StatusCode(StatusCodes.Status403Forbidden);
    }
}
