using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// The URL parameters of the stream verbs, which the stream URL rules check (MDSL001, MDSL002, MDSL010, MDSL011)
/// with their own messages and fixes, so that the generic pattern rule leaves them alone.
/// </summary>
internal static class StreamUrlParameters
{
    /// <summary>The WebSocket URL of <c>&lt;Stream&gt;</c> and SWML <c>stream</c>.</summary>
    public const string Url = "url";

    /// <summary>The status callback of <c>&lt;Stream&gt;</c>.</summary>
    public const string StatusCallback = "statusCallback";

    /// <summary>The status callback of SWML <c>stream</c>.</summary>
    public const string StatusUrl = "statusUrl";

    /// <summary>The verb, in every dialect.</summary>
    public const string Method = "Stream";

    /// <summary>Whether <paramref name="parameter"/> is one of the URLs the stream URL rules check.</summary>
    public static bool Contains(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { Name: Method } method
        && Dialects.Of(method.ContainingType) is not null
        && parameter.Name is Url or StatusCallback or StatusUrl;
}
