using System.Linq;
using MarkupDsl.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Generator.Emitting;

/// <summary>
/// Emits an enumerated simple type as an extensible value type in the style of the Azure SDK: the known values as
/// static properties, an implicit conversion from string for values a provider adds later, ordinal equality.
/// </summary>
internal static class ValueTypeEmitter
{
    public static (string HintName, SourceText Source) Emit(DialectModel ns, ValueTypeModel type)
    {
        string name = type.Name;
        var w = new SourceWriter();
        w.Open($"namespace {ns.Namespace}");
        w.Line($"/// <summary>{Naming.Doc(type.Documentation ?? type.Name)}</summary>");
        w.Line("/// <remarks>The known values are static properties; any other string converts implicitly, for values a provider adds after this release. Values compare ordinally, as providers read them.</remarks>");
        w.Line($"[global::MarkupDsl.Markup.KnownValues({string.Join(", ", type.Members.Select(m => Naming.Literal(m.Value)))})]");
        w.OpenType($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line("/// <summary>Creates a value from the exact text that goes on the wire.</summary>");
        w.Line("/// <param name=\"value\">The attribute value.</param>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"value\"/> is null.</exception>");
        w.Line($"public {name}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        foreach (ValueTypeMember member in type.Members)
        {
            w.Line();
            string doc = member.Documentation is null ? string.Empty : " " + Naming.Doc(member.Documentation);
            w.Line($"/// <summary><c>{Naming.Doc(member.Value)}</c>.{doc}</summary>");
            w.Line($"public static {name} {member.Name} {{ get; }} = new {name}({Naming.Literal(member.Value)});");
        }

        w.Line();
        w.Line("/// <summary>Converts wire text to a value.</summary>");
        w.Line("/// <param name=\"value\">The attribute value.</param>");
        w.Line($"public static implicit operator {name}(string value) => new {name}(value);");
        w.Line();
        w.Line("/// <summary>Compares two values ordinally.</summary>");
        w.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Compares two values ordinally.</summary>");
        w.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public bool Equals({name} other) => string.Equals(_value, other._value, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => _value is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(_value);");
        w.Line();
        w.Line("/// <summary>Returns the wire text, or an empty string for <c>default</c>.</summary>");
        w.Line("public override string ToString() => _value ?? string.Empty;");
        w.Close();
        w.Close();
        return ($"{ns.Namespace}.{name}.g.cs", w.ToSourceText());
    }
}
