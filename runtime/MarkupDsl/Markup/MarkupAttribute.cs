using System;

namespace MarkupDsl.Markup;

/// <summary>An attribute of a <see cref="MarkupElement"/>: its name as the provider spells it and its value as written.</summary>
/// <remarks>Two attributes are equal when their names and values are equal, ordinally.</remarks>
public readonly struct MarkupAttribute : IEquatable<MarkupAttribute>
{
    // The name as a string, or the MarkupName a generated builder gave (which holds it): 16 bytes an attribute, not 24.
    private readonly object _name;

    /// <summary>Creates an attribute.</summary>
    /// <param name="name">The attribute name; case-sensitive, as in the dialect's schema.</param>
    /// <param name="value">The attribute value, unescaped; the writer escapes it.</param>
    public MarkupAttribute(string name, string value)
    {
        _name = name;
        Value = value;
    }

    internal MarkupAttribute(MarkupName name, string value)
    {
        _name = name;
        Value = value;
    }

    /// <summary>The attribute name; case-sensitive, as in the dialect's schema.</summary>
    public string Name => _name as string ?? ((MarkupName)_name).Name;

    /// <summary>The attribute value, unescaped; the writer escapes it.</summary>
    public string Value { get; }

    /// <summary>The pre-rendered name a generated builder set it with, or null.</summary>
    internal MarkupName? Tags => _name as MarkupName;

    /// <summary>Compares names and values ordinally.</summary>
    public static bool operator ==(MarkupAttribute left, MarkupAttribute right) => left.Equals(right);

    /// <summary>Compares names and values ordinally.</summary>
    public static bool operator !=(MarkupAttribute left, MarkupAttribute right) => !left.Equals(right);

    /// <summary>Gives the name and the value.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The attribute value.</param>
    public void Deconstruct(out string name, out string value)
    {
        name = Name;
        value = Value;
    }

    /// <inheritdoc/>
    public bool Equals(MarkupAttribute other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarkupAttribute other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Value);

    /// <summary>Returns <c>name="value"</c>, unescaped.</summary>
    public override string ToString() => $"{Name}=\"{Value}\"";
}
