using System;
using MarkupDsl.Markup;
using Microsoft.AspNetCore.Http;

namespace MarkupDsl.AspNetCore.Responses;

/// <summary>The <see cref="MarkupResults"/> factories as <c>Results.Extensions.Markup(document)</c>.</summary>
public static class MarkupResultExtensions
{
    /// <inheritdoc cref="MarkupResults.Markup(MarkupDocument)"/>
    /// <param name="extensions">The <c>Results.Extensions</c> hook.</param>
    /// <param name="document">The document to write.</param>
    public static IResult Markup(this IResultExtensions extensions, MarkupDocument document)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return MarkupResults.Markup(document);
    }

    /// <inheritdoc cref="MarkupResults.Yaml(SwmlMarkupDocument)"/>
    /// <param name="extensions">The <c>Results.Extensions</c> hook.</param>
    /// <param name="document">The SWML document to write.</param>
    public static IResult Yaml(this IResultExtensions extensions, SwmlMarkupDocument document)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return MarkupResults.Yaml(document);
    }
}
