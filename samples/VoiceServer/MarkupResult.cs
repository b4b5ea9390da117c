using MarkupDsl.Markup;
using Microsoft.AspNetCore.Mvc;

namespace VoiceServer;

/// <summary>Answers with a markup document (TwiML) written straight into the response body as UTF-8.</summary>
/// <param name="document">The document to send.</param>
public sealed class MarkupResult(MarkupDocument document) : IActionResult
{
    /// <inheritdoc/>
    public Task ExecuteResultAsync(ActionContext context)
    {
        HttpResponse response = context.HttpContext.Response;
        response.ContentType = document.ContentType;
        return document.WriteToAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
