using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using MarkupDsl.Generator.Model;
using MarkupDsl.Generator.Parsing;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Generator.Binding;

/// <summary>
/// The library's own schemas, embedded in this assembly: in a consumer's build they are bound with the consumer's
/// schemas, so that those can refer to the library's elements and simple types and attach to its builders, and are
/// never generated again. The generator ships in the same package as the library, so they describe exactly the
/// library the consumer references.
/// </summary>
internal static class LibrarySchemas
{
    /// <summary>The library's assembly: building it, its schemas are the project's own files.</summary>
    public const string AssemblyName = "MarkupDsl";

    private const string Prefix = "schemas/";

    // Read once per generator load: the files never change, and every consumer build binds against them.
    private static readonly Lazy<ImmutableArray<SchemaFile>> Files = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The library's schema files, read, in path order.</summary>
    public static ImmutableArray<SchemaFile> All => Files.Value;

    /// <summary>The schemas a compilation's own files are bound with: none when it is the library itself.</summary>
    public static ImmutableArray<SchemaFile> For(string? assemblyName) =>
        string.Equals(assemblyName, AssemblyName, StringComparison.Ordinal) ? ImmutableArray<SchemaFile>.Empty : All;

    private static ImmutableArray<SchemaFile> Read()
    {
        var assembly = typeof(LibrarySchemas).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name =>
            {
                using Stream stream = assembly.GetManifestResourceStream(name)!;
                return SchemaReader.Read(name, SourceText.From(stream), CancellationToken.None) with { IsLibrary = true };
            })
            .ToImmutableArray();
    }
}
