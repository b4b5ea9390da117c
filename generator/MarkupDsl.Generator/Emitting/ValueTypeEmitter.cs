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
        w.Template($$"""
            /// <summary>{{Naming.Doc(type.Documentation ?? type.Name)}}</summary>
            /// <remarks>The known values are static properties; any other string converts implicitly, for values a provider adds after this release. Values compare ordinally, as providers read them.</remarks>
            [global::MarkupDsl.Markup.KnownValues({{string.Join(", ", type.Members.Select(m => Naming.Literal(m.Value)))}})]
            """);
        w.OpenType($"public readonly partial struct {name} : global::System.IEquatable<{name}>");
        w.Template($$"""
            private readonly string? _value;

            /// <summary>Creates a value from the exact text that goes on the wire.</summary>
            /// <param name="value">The attribute value.</param>
            /// <exception cref="global::System.ArgumentNullException"><paramref name="value"/> is null.</exception>
            public {{name}}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));
            """);
        foreach (ValueTypeMember member in type.Members)
        {
            string doc = member.Documentation is null ? string.Empty : " " + Naming.Doc(member.Documentation);
            w.Template($$"""

                /// <summary><c>{{Naming.Doc(member.Value)}}</c>.{{doc}}</summary>
                public static {{name}} {{member.Name}} { get; } = new {{name}}({{Naming.Literal(member.Value)}});
                """);
        }

        w.Template($$"""

            /// <summary>Converts wire text to a value.</summary>
            /// <param name="value">The attribute value.</param>
            public static implicit operator {{name}}(string value) => new {{name}}(value);

            /// <summary>Compares two values ordinally.</summary>
            public static bool operator ==({{name}} left, {{name}} right) => left.Equals(right);

            /// <summary>Compares two values ordinally.</summary>
            public static bool operator !=({{name}} left, {{name}} right) => !left.Equals(right);

            /// <inheritdoc/>
            public bool Equals({{name}} other) => string.Equals(_value, other._value, global::System.StringComparison.Ordinal);

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is {{name}} other && Equals(other);

            /// <inheritdoc/>
            public override int GetHashCode() => _value is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(_value);

            /// <summary>Returns the wire text, or an empty string for <c>default</c>.</summary>
            public override string ToString() => _value ?? string.Empty;
            """);
        w.Close();
        w.Close();
        return ($"{ns.Namespace}.{name}.g.cs", w.ToSourceText());
    }
}
