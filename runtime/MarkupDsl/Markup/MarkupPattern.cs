using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Text.RegularExpressions;

namespace MarkupDsl.Markup;

/// <summary>
/// The <c>xs:pattern</c> facets of one simple type (XSD ORs them), as the generated builders check values against
/// them. Facets that <see cref="KnownPatterns"/> implements with span checks (the URL shapes of the built-in schemas)
/// are matched without a regular expression; any other facet makes the whole type fall back to one compiled
/// <see cref="Regex"/>, anchored at both ends, built on first use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarkupPattern
{
    private readonly KnownPatterns.Matcher[]? _matchers;
    private readonly Lazy<Regex> _regex;

    /// <summary>Creates the check for one simple type.</summary>
    /// <param name="facets">The type's <c>xs:pattern</c> values, as the schema writes them (unanchored).</param>
    /// <exception cref="ArgumentException">No facet is given.</exception>
    public MarkupPattern(params string[] facets)
    {
        if (facets is null || facets.Length == 0)
        {
            throw new ArgumentException("A pattern restriction needs at least one xs:pattern.", nameof(facets));
        }

        facets = (string[])facets.Clone();
        Facets = Array.AsReadOnly(facets);
        KnownPatterns.Matcher[] matchers = facets.Select(KnownPatterns.Find).OfType<KnownPatterns.Matcher>().ToArray();
        _matchers = matchers.Length == facets.Length ? matchers : null;
        _regex = new Lazy<Regex>(() => new Regex(
            @"\A(?:" + string.Join("|", facets.Select(f => "(?:" + f + ")")) + @")\z",
            RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture, // IsMatch needs no groups
            TimeSpan.FromSeconds(1)));
    }

    /// <summary>The <c>xs:pattern</c> values, in schema order.</summary>
    public IReadOnlyList<string> Facets { get; }

    /// <summary>Whether the whole of <paramref name="value"/> matches one of the facets.</summary>
    /// <param name="value">The value to check.</param>
    /// <exception cref="RegexMatchTimeoutException">A facet matched by the regular expression took over a second.</exception>
    public bool IsMatch(string value)
    {
        if (_matchers is null)
        {
            return _regex.Value.IsMatch(value);
        }

        foreach (KnownPatterns.Matcher matcher in _matchers)
        {
            if (matcher(value))
            {
                return true;
            }
        }

        return false;
    }
}
