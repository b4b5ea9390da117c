using System;
using System.ComponentModel;

namespace MarkupDsl.Markup;

/// <summary>
/// Gives, on a generated builder parameter, the bounds its schema sets for an integer attribute (or for each item of
/// a list of integers), so that tools reading metadata (the MarkupDsl analyzers) check constants without running code.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SchemaRangeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="minimum">The least value allowed (<see cref="int.MinValue"/> for none).</param>
    /// <param name="maximum">The greatest value allowed (<see cref="int.MaxValue"/> for none).</param>
    public SchemaRangeAttribute(int minimum, int maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The least value allowed.</summary>
    public int Minimum { get; }

    /// <summary>The greatest value allowed.</summary>
    public int Maximum { get; }
}
