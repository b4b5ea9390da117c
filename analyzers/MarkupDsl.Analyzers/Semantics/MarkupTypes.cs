using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// MarkupDsl's types as one compilation sees them: the runtime's schema attributes, <see cref="System.Uri"/>, and
/// the generated types of each dialect by name. Resolved once per compilation and shared by every analyzer, and
/// compared as symbols (<see cref="SymbolEqualityComparer"/>), so that a user's type of the same name is never taken
/// for MarkupDsl's.
/// </summary>
internal sealed class MarkupTypes
{
    private const string MarkupNamespace = "MarkupDsl.Markup.";

    // One resolution per compilation for all analyzers; a compilation the IDE drops takes its entry with it.
    private static readonly ConditionalWeakTable<Compilation, Resolution> Resolutions = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<string, ImmutableArray<(string Dialect, INamedTypeSymbol Type)>> _generated = new(StringComparer.Ordinal);

    private MarkupTypes(Compilation compilation, INamedTypeSymbol knownValues, INamedTypeSymbol schemaRange, INamedTypeSymbol schemaPattern)
    {
        _compilation = compilation;
        KnownValuesAttribute = knownValues;
        SchemaRangeAttribute = schemaRange;
        SchemaPatternAttribute = schemaPattern;
        Uri = compilation.GetTypeByMetadataName("System.Uri");
    }

    /// <summary><c>MarkupDsl.Markup.KnownValuesAttribute</c>: the wire values of a generated value type.</summary>
    public INamedTypeSymbol KnownValuesAttribute { get; }

    /// <summary><c>MarkupDsl.Markup.SchemaRangeAttribute</c>: the bounds of an integer builder parameter.</summary>
    public INamedTypeSymbol SchemaRangeAttribute { get; }

    /// <summary><c>MarkupDsl.Markup.SchemaPatternAttribute</c>: the <c>xs:pattern</c> facets of a builder parameter.</summary>
    public INamedTypeSymbol SchemaPatternAttribute { get; }

    /// <summary><see cref="System.Uri"/>, whose constructor argument the URL rules read; null where it is not referenced.</summary>
    public INamedTypeSymbol? Uri { get; }

    /// <summary>MarkupDsl's types in <paramref name="compilation"/>, or null when it does not reference the runtime.</summary>
    public static MarkupTypes? Of(Compilation compilation) => Resolutions.GetValue(compilation, Resolve).Types;

    /// <summary>Whether <paramref name="type"/> is the generated type <paramref name="name"/> (<c>ConnectBuilder</c>) of some dialect.</summary>
    public bool Is(ITypeSymbol? type, string name)
    {
        if (type is null)
        {
            return false;
        }

        foreach ((_, INamedTypeSymbol generated) in Generated(name))
        {
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, generated))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The generated types of metadata name <paramref name="name"/> in every dialect that has one, in the order of
    /// <see cref="Dialects.All"/>.
    /// </summary>
    public ImmutableArray<(string Dialect, INamedTypeSymbol Type)> Generated(string name) => _generated.GetOrAdd(name, Find);

    private ImmutableArray<(string Dialect, INamedTypeSymbol Type)> Find(string name)
    {
        ImmutableArray<(string, INamedTypeSymbol)>.Builder found = ImmutableArray.CreateBuilder<(string, INamedTypeSymbol)>();
        foreach (string dialect in Dialects.All)
        {
            if (_compilation.GetTypeByMetadataName(Dialects.Namespace(dialect) + "." + name) is { } type)
            {
                found.Add((dialect, type));
            }
        }

        return found.ToImmutable();
    }

    private static Resolution Resolve(Compilation compilation) =>
        new(compilation.GetTypeByMetadataName(MarkupNamespace + "KnownValuesAttribute") is { } knownValues
            && compilation.GetTypeByMetadataName(MarkupNamespace + "SchemaRangeAttribute") is { } schemaRange
            && compilation.GetTypeByMetadataName(MarkupNamespace + "SchemaPatternAttribute") is { } schemaPattern
                ? new MarkupTypes(compilation, knownValues, schemaRange, schemaPattern)
                : null);

    /// <summary>The table's value: the types, or null for a compilation without the runtime.</summary>
    private sealed class Resolution(MarkupTypes? types)
    {
        public MarkupTypes? Types { get; } = types;
    }
}
