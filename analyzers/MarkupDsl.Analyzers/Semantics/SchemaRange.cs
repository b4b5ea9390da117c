using System.Globalization;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// The bounds a generated builder parameter carries in its <c>[SchemaRange]</c> attribute: those its schema sets for
/// an integer attribute, or for each item of a list of integers.
/// </summary>
internal readonly struct SchemaRange
{
    private SchemaRange(int minimum, int maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The least value allowed (<see cref="int.MinValue"/> for none).</summary>
    public int Minimum { get; }

    /// <summary>The greatest value allowed (<see cref="int.MaxValue"/> for none).</summary>
    public int Maximum { get; }

    /// <summary>The bounds in words, as the runtime builder's exception gives them: <c>from 5 to 600</c>, <c>at least 1</c>.</summary>
    public string Description => Maximum == int.MaxValue ? "at least " + Format(Minimum)
        : Minimum == int.MinValue ? "at most " + Format(Maximum)
        : "from " + Format(Minimum) + " to " + Format(Maximum);

    /// <summary>Whether <paramref name="value"/> lies within the bounds.</summary>
    public bool Contains(int value) => value >= Minimum && value <= Maximum;

    /// <summary>Reads the attribute of a parameter; false when it has none.</summary>
    public static bool TryRead(IParameterSymbol parameter, MarkupTypes types, out SchemaRange range)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, types.SchemaRangeAttribute)
                && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is int minimum && attribute.ConstructorArguments[1].Value is int maximum)
            {
                range = new SchemaRange(minimum, maximum);
                return true;
            }
        }

        range = default;
        return false;
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
