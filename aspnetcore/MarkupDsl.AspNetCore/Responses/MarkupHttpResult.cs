using System;
using System.Threading.Tasks;
using MarkupDsl.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace MarkupDsl.AspNetCore.Responses;

/// <summary>
/// Writes a markup document (TwiML, TeXML, cXML or SWML) as the response body with status 200 and the document's
/// content type. One type serves minimal API endpoints (<see cref="IResult"/>) and MVC actions (<see cref="IActionResult"/>).
/// </summary>
/// <remarks>
/// The document is encoded as UTF-8 straight into the response's <see cref="HttpResponse.BodyWriter"/> and flushed
/// once: no string and no intermediate byte array is made. Create instances with <see cref="MarkupResults"/>.
/// </remarks>
public sealed class MarkupHttpResult : IResult, IActionResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private readonly bool _yaml;

    internal MarkupHttpResult(MarkupDocument document, bool yaml)
    {
        Document = document;
        _yaml = yaml;
        ContentType = yaml ? SwmlMarkupDocument.YamlContentType : document.ContentType;
    }

    /// <summary>The document written as the body.</summary>
    public MarkupDocument Document { get; }

    /// <summary>The response's content type with its charset, for example <c>text/xml; charset=utf-8</c>.</summary>
    public string ContentType { get; }

    /// <summary>Always 200.</summary>
    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <inheritdoc/>
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType;
        if (_yaml)
        {
            using var writer = new Utf8BufferTextWriter(response.BodyWriter);
            ((SwmlMarkupDocument)Document).WriteYamlTo(writer);
        }
        else
        {
            Document.WriteTo(response.BodyWriter);
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExecuteAsync(context.HttpContext);
    }
}
