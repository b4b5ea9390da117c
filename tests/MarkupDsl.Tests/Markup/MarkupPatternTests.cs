using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Markup;

/// <summary>Pattern checks: the span checks of the built-in URL facets agree with the regular expressions they replace.</summary>
public sealed class MarkupPatternTests
{
    public static TheoryData<string> KnownFacets => [KnownPatterns.WebSocketUrl, KnownPatterns.RelativePath, KnownPatterns.HttpUrl, KnownPatterns.RelativeReference, KnownPatterns.RootPath];

    private static readonly string[] Samples =
    [
        "", "/", "//", "/media", "/media/", "/a b", "/a?b", "/a#b", "media", "wss://", "wss:///", "wss://h", "wss://h/",
        "wss://example.com/audiostream", "wss://example.com:443/a/b/c", "wss://h?x=1", "wss://h/p?x=1", "wss://h/p#f",
        "wss://h//p", "wss://h/p/", "WSS://h/p", "ws://h/p", "wss:/h/p", " wss://h/p", "wss://h/p ", "wss://h h/p",
        "http://", "http://h", "https://h", "https://h/", "https://h?x=1&y=2", "https://h#f", "https://h/a b",
        "https://h/a?b#c", "http://h:8080/status", "httpss://h", "https:/h", "HTTPS://h", "https://h\u00A0/x",
        "https://h/x\u2028", "/p\u3000", "wss://h\u0085", "https://h/é😀", "wss://hé/p😀",
        "menu", "ivr/next", "ivr/next?step=2&x=y", "menu#top", "a:b", "mailto:x@y", "?x=1", "#f", "a?b c", "a b", "/a?b c",
        "/menu?x=1#f", ":a", "a/b:c", "a/b?c:d", "é/😀?ü",
    ];

    [Theory]
    [MemberData(nameof(KnownFacets))]
    public void Each_known_facet_agrees_with_its_regular_expression(string facet)
    {
        var regex = new Regex(@"\A(?:" + facet + @")\z", RegexOptions.CultureInvariant);
        KnownPatterns.Matcher matcher = KnownPatterns.Find(facet)!;
        Assert.NotNull(matcher);
        foreach (string value in Inputs())
        {
            Assert.True(regex.IsMatch(value) == matcher(value), $"'{facet}' on '{Escape(value)}': the regex says {regex.IsMatch(value)}.");
        }
    }

    [Fact]
    public void A_type_with_a_facet_not_known_is_matched_by_the_regular_expression_with_every_facet_ored()
    {
        var pattern = new MarkupPattern(KnownPatterns.WebSocketUrl, "[a-z]+");
        Assert.True(pattern.IsMatch("wss://h/p"));
        Assert.True(pattern.IsMatch("abc"));
        Assert.False(pattern.IsMatch("abc1"));
        Assert.False(pattern.IsMatch("wss://h/p?x=1"));
    }

    [Fact]
    public void Known_facets_are_ored()
    {
        var pattern = new MarkupPattern(KnownPatterns.WebSocketUrl, KnownPatterns.RelativePath);
        Assert.True(pattern.IsMatch("wss://h/p"));
        Assert.True(pattern.IsMatch("/p"));
        Assert.False(pattern.IsMatch("https://h/p"));
        Assert.Equal([KnownPatterns.WebSocketUrl, KnownPatterns.RelativePath], pattern.Facets);
    }

    [Fact]
    public void A_type_needs_a_facet()
    {
        Assert.Throws<ArgumentException>(() => new MarkupPattern());
    }

    // The samples, and every UTF-16 code unit at each place a URL changes rules: scheme, host, after the host, path.
    private static IEnumerable<string> Inputs()
    {
        foreach (string sample in Samples)
        {
            yield return sample;
        }

        for (int unit = 0; unit <= char.MaxValue; unit++)
        {
            string c = ((char)unit).ToString();
            yield return "wss://" + c;
            yield return "wss://h" + c + "/p";
            yield return "wss://h/" + c;
            yield return "https://h" + c;
            yield return "https://h/" + c + "x";
            yield return "/" + c;
            yield return c + "/p";
        }
    }

    private static string Escape(string value) => string.Concat(Array.ConvertAll(value.ToCharArray(), c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
