using System.Collections.Immutable;
using System.Linq;
using MarkupDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Binding;

/// <summary>
/// Looks up, in the referenced assemblies, the builder classes that users' schemas attach elements to
/// (<c>mdsl:parents</c>), keeping only names and kinds so that no symbol enters the model.
/// </summary>
internal static class ExternalBuilders
{
    public static EquatableArray<ExternalBuilder> Find(Compilation compilation, ImmutableArray<string> parents)
    {
        if (parents.IsEmpty)
        {
            return EquatableArray<ExternalBuilder>.Empty;
        }

        INamedTypeSymbol? document = compilation.GetTypeByMetadataName("MarkupDsl.Markup.MarkupDocument");
        return parents.Distinct()
            .SelectMany(parent => Dialect.All.Select(d => d.Namespace + "." + parent))
            .Select(name => (Name: name, Type: compilation.GetTypeByMetadataName(name)))
            .Where(found => found.Type is not null)
            .Select(found => new ExternalBuilder(found.Name, IsDocument(found.Type!, document)))
            .OrderBy(b => b.MetadataName, System.StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static bool IsDocument(INamedTypeSymbol type, INamedTypeSymbol? document)
    {
        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, document))
            {
                return true;
            }
        }

        return false;
    }
}
