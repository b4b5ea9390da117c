using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace MarkupDsl.Generator.Tests;

/// <summary>
/// Compares generated text with a committed <c>Snapshots/NAME.verified.cs</c> file; with the environment variable
/// <c>MARKUPDSL_UPDATE_SNAPSHOTS=1</c> it rewrites the file instead. Stands in for Verify.SourceGenerators, which the
/// package registry here lacks.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "MARKUPDSL_UPDATE_SNAPSHOTS";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static string Folder([CallerFilePath] string callerFile = "") =>
        Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");

    public static string PathOf(string name) => Path.Combine(Folder(), name.Replace(".g.cs", string.Empty) + ".verified.cs");

    public static void Match(string name, string actual)
    {
        string path = PathOf(name);
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            Directory.CreateDirectory(Folder());
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}; run the tests with {UpdateVariable}=1 to create it, then review and commit it.");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected != actual)
        {
            Assert.Fail($"{name} differs from its snapshot {path}. If the change is intended, run the tests with {UpdateVariable}=1, review the diff and commit it.\n{FirstDifference(expected, actual)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        string[] expectedLines = expected.Split('\n');
        string[] actualLines = actual.Split('\n');
        for (int i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            string e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            string a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return string.Empty;
    }
}
