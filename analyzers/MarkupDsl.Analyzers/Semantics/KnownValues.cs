using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// Reads the wire values a generated value type lists in its <c>[KnownValues]</c> attribute, so that the
/// analyzers know each dialect's values from metadata rather than from a copy of the schemas.
/// </summary>
internal static class KnownValues
{
    /// <summary>The longest list a message gives in full.</summary>
    private const int MostListed = 10;

    /// <summary>How many values a message gives of a longer list.</summary>
    private const int Shown = 5;

    /// <summary>The type's known values, or an empty array when it carries no <c>[KnownValues]</c>.</summary>
    public static ImmutableArray<string> Of(ITypeSymbol? type, MarkupTypes types)
    {
        if (type is null)
        {
            return ImmutableArray<string>.Empty;
        }

        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.KnownValuesAttribute)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0] is { Kind: TypedConstantKind.Array, Values: var values })
            {
                ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>(values.Length);
                foreach (TypedConstant value in values)
                {
                    if (value.Value is string text)
                    {
                        builder.Add(text);
                    }
                }

                return builder.ToImmutable();
            }
        }

        return ImmutableArray<string>.Empty;
    }

    /// <summary>
    /// The wire text of a value-type argument when it is known at compile time: a string constant converted
    /// implicitly or passed to the constructor, or a static known-value property such as <c>Track.BothTracks</c>.
    /// </summary>
    public static string? Text(IOperation? operation, MarkupTypes types)
    {
        switch (operation)
        {
            case IConversionOperation conversion:
                return conversion.Operand.ConstantValue is { HasValue: true, Value: string constant } ? constant : Text(conversion.Operand, types);
            case IObjectCreationOperation { Arguments.Length: 1 } creation:
                return creation.Arguments[0].Value.ConstantValue.Value as string;
            case IPropertyReferenceOperation { Property.IsStatic: true } property:
                return ValueNamed(property.Property.Name, Of(property.Property.ContainingType, types));
            default:
                return null;
        }
    }

    /// <summary>
    /// The known value a generated property is named after (<c>BothTracks</c> is <c>both_tracks</c>), or null when
    /// the name does not spell the value (<c>L16At16000Hz</c>): the rules then treat the value as not known.
    /// </summary>
    private static string? ValueNamed(string propertyName, ImmutableArray<string> values)
    {
        string wanted = Normalize(propertyName);
        foreach (string value in values)
        {
            if (Normalize(value) == wanted)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The one known value the text most likely meant: the same up to case or punctuation, the start of a value
    /// (<c>inbound</c> for <c>inbound_track</c>), or the single nearest within a small edit distance
    /// (<c>Polly.Joana</c> for <c>Polly.Joanna</c>); null when none or several fit equally.
    /// </summary>
    public static string? Nearest(string text, ImmutableArray<string> values)
    {
        string wanted = Normalize(text);
        if (wanted.Length == 0)
        {
            return null;
        }

        string? found = Single(values, value => Normalize(value) == wanted)
            ?? Single(values, value => Normalize(value).StartsWith(wanted, StringComparison.Ordinal));
        if (found is not null)
        {
            return found;
        }

        int limit = Math.Max(1, wanted.Length / 4);
        int best = int.MaxValue;
        foreach (string value in values)
        {
            int distance = Distance(Normalize(value), wanted);
            if (distance < best)
            {
                (best, found) = (distance, value);
            }
            else if (distance == best)
            {
                found = null;
            }
        }

        return best <= limit ? found : null;
    }

    /// <summary>
    /// The values as a diagnostic lists them: all of them when they are few, else the <see cref="Shown"/> nearest
    /// to <paramref name="text"/> and how many more there are (<c>a, b, c, d, e and 1,108 more</c>).
    /// </summary>
    public static string Listing(string text, ImmutableArray<string> values)
    {
        if (values.Length <= MostListed)
        {
            return string.Join(", ", values);
        }

        string wanted = Normalize(text);
        IEnumerable<string> nearest = values
            .Select((value, index) => (Value: value, Index: index, Distance: Distance(Normalize(value), wanted)))
            .OrderBy(entry => entry.Distance)
            .ThenBy(entry => entry.Index)
            .Take(Shown)
            .Select(entry => entry.Value);
        return string.Join(", ", nearest) + " and " + (values.Length - Shown).ToString("N0", CultureInfo.InvariantCulture) + " more";
    }

    private static string? Single(ImmutableArray<string> values, Func<string, bool> fits)
    {
        string? found = null;
        foreach (string value in values)
        {
            if (fits(value))
            {
                if (found is not null)
                {
                    return null;
                }

                found = value;
            }
        }

        return found;
    }

    private static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The Levenshtein distance (insertions, deletions and substitutions).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
