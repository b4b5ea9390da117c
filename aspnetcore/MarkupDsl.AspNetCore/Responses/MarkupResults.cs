using System;
using MarkupDsl.Markup;

namespace MarkupDsl.AspNetCore.Responses;

/// <summary>
/// Creates <see cref="MarkupHttpResult"/>s, in the manner of <c>TypedResults</c>: return them from a minimal API
/// endpoint or an MVC action (<c>return MarkupResults.Markup(new VoiceResponse().Say("Hello"));</c>).
/// </summary>
public static class MarkupResults
{
    /// <summary>Writes a document in its dialect's default notation: XML for TwiML, TeXML and cXML, JSON for SWML.</summary>
    /// <param name="document">The document to write.</param>
    /// <returns>A result with the document's <see cref="MarkupDocument.ContentType"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static MarkupHttpResult Markup(MarkupDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new MarkupHttpResult(document, yaml: false);
    }

    /// <summary>Writes an SWML document as YAML, with <see cref="SwmlMarkupDocument.YamlContentType"/>.</summary>
    /// <param name="document">The SWML document to write.</param>
    /// <returns>A result with content type <c>application/yaml; charset=utf-8</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static MarkupHttpResult Yaml(SwmlMarkupDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new MarkupHttpResult(document, yaml: true);
    }
}
