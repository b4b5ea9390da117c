using System;
using System.IO;
using System.Linq;
using System.Reflection;

using MarkupDsl.Tests.Shared;

namespace MarkupDsl.Package.Tests;

/// <summary>
/// Packs <c>runtime/MarkupDsl</c> once (without building it again: the test project's build built it) into a
/// temporary folder that serves as the package feed for every test in <see cref="PackageCollection"/>.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "markupdsl-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Package = Pack(Feed);
    }

    /// <summary>The temporary folder that holds the feed and whatever the tests make; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The folder the package was packed into, used as a local package source.</summary>
    public string Feed { get; }

    /// <summary>The packed <c>.nupkg</c>.</summary>
    public string Package { get; }

    /// <summary>The version in <c>Directory.Build.props</c>, the one place it is set.</summary>
    public static string Version { get; } = Metadata("PackageVersion");

    /// <summary>Packs the package into <paramref name="folder"/> and returns the path of the <c>.nupkg</c>.</summary>
    public static string Pack(string folder)
    {
        string project = Path.Combine(Metadata("RepositoryRoot"), "runtime", "MarkupDsl", "MarkupDsl.csproj");
        (int exitCode, string output) = DotNet.Run(Path.GetTempPath(), null,
            "pack", project, "--no-build", "-c", DotNet.Configuration, "-o", folder, "-nologo", "-nodeReuse:false");
        Assert.True(exitCode == 0, output);
        return Assert.Single(Directory.GetFiles(folder, "*.nupkg"));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Metadata(string key) =>
        typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
