using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace MarkupDsl.Markup;

/// <summary>
/// Gives, on a generated builder parameter, the <c>xs:pattern</c> facets its schema sets for the dialect (a value
/// must match one), so that tools reading metadata (the MarkupDsl analyzers) check constants without running code.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaPatternAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="rule">What the pattern means, in words, as error messages quote it.</param>
    /// <param name="facets">The regular expressions, each matched against the whole value.</param>
    public SchemaPatternAttribute(string rule, params string[] facets)
    {
        Rule = rule;
        Facets = facets;
    }

    /// <summary>What the pattern means, in words.</summary>
    public string Rule { get; }

    /// <summary>The regular expressions, each matched against the whole value.</summary>
    public IReadOnlyList<string> Facets { get; }
}
