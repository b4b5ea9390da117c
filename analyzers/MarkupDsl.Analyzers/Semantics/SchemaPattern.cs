using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// The <c>xs:pattern</c> facets a generated builder parameter carries in its <c>[SchemaPattern]</c> attribute, matched
/// as the runtime builder matches them: the whole value against any one facet.
/// </summary>
internal sealed class SchemaPattern
{
    // The same few facet sets recur on hundreds of parameters; each is compiled once per analyzer load.
    private static readonly ConcurrentDictionary<string, Regex?> Expressions = new(StringComparer.Ordinal);

    private readonly Regex? _expression;

    private SchemaPattern(string rule, ImmutableArray<string> facets)
    {
        Rule = rule;
        _expression = Expressions.GetOrAdd(string.Join("\n", facets), _ => Compile(facets));
    }

    /// <summary>What the pattern means, in words (<c>an absolute http:// or https:// URL</c>).</summary>
    public string Rule { get; }

    /// <summary>
    /// Whether <paramref name="value"/> breaks the pattern; false when it matches or when the facets cannot be
    /// matched here (an expression .NET rejects, or a match that takes too long).
    /// </summary>
    public bool Rejects(string value)
    {
        try
        {
            return _expression is not null && !_expression.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Reads the attribute of a parameter; null when it has none.</summary>
    public static SchemaPattern? Of(IParameterSymbol parameter, MarkupTypes types)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.SchemaPatternAttribute)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string rule
                && attribute.ConstructorArguments[1] is { Kind: TypedConstantKind.Array, Values: { Length: > 0 } values })
            {
                return new SchemaPattern(rule, values.Select(value => value.Value as string ?? string.Empty).ToImmutableArray());
            }
        }

        return null;
    }

    // As the runtime's MarkupPattern: the facets ORed and anchored at both ends.
    private static Regex? Compile(ImmutableArray<string> facets)
    {
        try
        {
            return new Regex(
                @"\A(?:" + string.Join("|", facets.Select(facet => "(?:" + facet + ")")) + @")\z",
                RegexOptions.CultureInvariant,
                TimeSpan.FromMilliseconds(250));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
