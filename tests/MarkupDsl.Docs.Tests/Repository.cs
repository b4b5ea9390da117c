using System;
using System.Linq;
using System.IO;
using System.Runtime.CompilerServices;

namespace MarkupDsl.Docs.Tests;

/// <summary>The repository the tests were compiled from: its documents and this project's glue.</summary>
internal static class Repository
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));

    /// <summary>The folder of the glue files compiled with the snippets.</summary>
    public static string Glue { get; } = Path.Combine(ThisDirectory(), "Glue");

    /// <summary>The documents whose snippets and command lines are checked, relative to the root, '/'-separated.</summary>
    public static string[] Documents { get; } =
    [
        "README.md",
        "schemas/README.md",
        "samples/README.md",
        .. Directory.GetFiles(Path.Combine(Root, "docs", "diagnostics"), "*.md")
            .Select(path => "docs/diagnostics/" + Path.GetFileName(path))
            .Order(StringComparer.Ordinal),
    ];

    private static string ThisDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
