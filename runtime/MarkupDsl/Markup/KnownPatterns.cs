using System;
using System.Buffers;
using System.Linq;

namespace MarkupDsl.Markup;

/// <summary>
/// Span checks for the <c>xs:pattern</c> facets of the built-in schemas' URL types, each equal to the regular expression
/// it replaces (a test compares them on the same inputs) at a fraction of the cost. A facet is matched here only when
/// its text is exactly the one below; a user schema's own patterns go to <see cref="System.Text.RegularExpressions.Regex"/>.
/// </summary>
internal static class KnownPatterns
{
    /// <summary>Whether the whole of a value matches one facet.</summary>
    public delegate bool Matcher(ReadOnlySpan<char> value);

    /// <summary>An absolute WebSocket URL without query or fragment (StreamUrl).</summary>
    public const string WebSocketUrl = @"wss://[^\s/?#]+(/[^\s?#]*)?";

    /// <summary>A relative path without query or fragment (StreamUrl in TwiML and cXML).</summary>
    public const string RelativePath = @"/[^\s?#]*";

    /// <summary>An absolute HTTP or HTTPS URL (CallbackUrl, WebhookUrl).</summary>
    public const string HttpUrl = @"https?://[^\s/?#]+([/?#]\S*)?";

    /// <summary>A relative reference without a scheme, such as <c>menu</c> or <c>ivr/next?step=2</c> (WebhookUrl).</summary>
    public const string RelativeReference = @"[^\s:/?#][^\s:?#]*([?#]\S*)?";

    /// <summary>A path from the host's root with an optional query or fragment, such as <c>/menu?x=1</c> (WebhookUrl).</summary>
    public const string RootPath = @"/[^\s?#]*([?#]\S*)?";

    // Regex's \s is char.IsWhiteSpace; the set is taken from the same runtime, so the two cannot disagree.
    private static readonly char[] WhiteSpace = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray();
    private static readonly SearchValues<char> NotInHost = SearchValues.Create([.. WhiteSpace, '/', '?', '#']);
    private static readonly SearchValues<char> NotInPath = SearchValues.Create([.. WhiteSpace, '?', '#']);
    private static readonly SearchValues<char> NotInRest = SearchValues.Create(WhiteSpace);
    private static readonly SearchValues<char> NotInReference = SearchValues.Create([.. WhiteSpace, ':', '?', '#']);

    /// <summary>The check for <paramref name="facet"/>, or <see langword="null"/> when it is not one of these.</summary>
    public static Matcher? Find(string facet) => facet switch
    {
        WebSocketUrl => IsWebSocketUrl,
        RelativePath => IsRelativePath,
        HttpUrl => IsHttpUrl,
        RelativeReference => IsRelativeReference,
        RootPath => IsRootPath,
        _ => null,
    };

    private static bool IsWebSocketUrl(ReadOnlySpan<char> value)
    {
        if (!value.StartsWith("wss://", StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> rest = value["wss://".Length..];
        int host = HostLength(rest);
        rest = rest[host..];
        return host > 0 && (rest.IsEmpty || (rest[0] == '/' && !rest[1..].ContainsAny(NotInPath)));
    }

    private static bool IsRelativePath(ReadOnlySpan<char> value) =>
        !value.IsEmpty && value[0] == '/' && !value[1..].ContainsAny(NotInPath);

    private static bool IsHttpUrl(ReadOnlySpan<char> value)
    {
        int scheme = value.StartsWith("https://", StringComparison.Ordinal) ? "https://".Length
            : value.StartsWith("http://", StringComparison.Ordinal) ? "http://".Length
            : 0;
        if (scheme == 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = value[scheme..];
        int host = HostLength(rest);
        rest = rest[host..];
        return host > 0 && (rest.IsEmpty || (rest[0] is '/' or '?' or '#' && !rest[1..].ContainsAny(NotInRest)));
    }

    private static bool IsRelativeReference(ReadOnlySpan<char> value) =>
        !value.IsEmpty && value[0] != '/' && !NotInReference.Contains(value[0]) && IsPathThenRest(value, NotInReference);

    private static bool IsRootPath(ReadOnlySpan<char> value) =>
        !value.IsEmpty && value[0] == '/' && IsPathThenRest(value[1..], NotInPath);

    // A path of characters outside `stop`, then nothing or '?'/'#' and no white space: the path's class excludes
    // both, so its longest run is the only split that can match.
    private static bool IsPathThenRest(ReadOnlySpan<char> value, SearchValues<char> stop)
    {
        int end = value.IndexOfAny(stop);
        return end < 0 || (value[end] is '?' or '#' && !value[(end + 1)..].ContainsAny(NotInRest));
    }

    // [^\s/?#]+ is greedy and none of its characters may follow it, so the longest run is the only one that can match.
    private static int HostLength(ReadOnlySpan<char> value)
    {
        int end = value.IndexOfAny(NotInHost);
        return end < 0 ? value.Length : end;
    }
}
