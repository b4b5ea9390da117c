using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Answers 403 before the endpoint runs when the request is not the provider's.</summary>
internal sealed class RequestValidationEndpointFilter<TValidator> : IEndpointFilter
    where TValidator : ProviderRequestValidator
{
    public static readonly RequestValidationEndpointFilter<TValidator> Instance = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var httpContext = context.HttpContext;
        var validator = httpContext.RequestServices.GetRequiredService<TValidator>();
        return await validator.IsValidWebhookAsync(httpContext.Request, httpContext.RequestAborted).ConfigureAwait(false)
            ? await next(context).ConfigureAwait(false)
            : TypedResults.StatusCode(StatusCodes.Status403Forbidden);
    }
}
