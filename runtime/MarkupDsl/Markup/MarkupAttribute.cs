namespace MarkupDsl.Markup;

/// <summary>An attribute of a <see cref="MarkupElement"/>: its name as the provider spells it and its value as written.</summary>
/// <param name="Name">The attribute name; case-sensitive, as in the dialect's schema.</param>
/// <param name="Value">The attribute value, unescaped; the writer escapes it.</param>
public readonly record struct MarkupAttribute(string Name, string Value)
{
    /// <summary>The pre-rendered name a generated builder set it with, or null; not part of equality.</summary>
    internal MarkupName? Tags { get; init; }

    /// <inheritdoc/>
    public bool Equals(MarkupAttribute other) =>
        string.Equals(Name, other.Name, System.StringComparison.Ordinal) && string.Equals(Value, other.Value, System.StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Name, Value);
}
