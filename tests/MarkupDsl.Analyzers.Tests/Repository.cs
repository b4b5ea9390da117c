using System.IO;
using System.Runtime.CompilerServices;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>Paths in the repository the tests were compiled from (its docs and projects).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
