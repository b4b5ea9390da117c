using System;
using System.IO;
using System.Linq;
using System.Reflection;

using MarkupDsl.Tests.Shared;

namespace MarkupDsl.Package.Tests;

/// <summary>
/// Packs <c>runtime/MarkupDsl</c>, <c>aspnetcore/MarkupDsl.AspNetCore</c> and the <c>markupdsl</c> tool once
/// (without building them again: the test project's build built them) into a temporary folder that serves as the
/// package feed for every test in <see cref="PackageCollection"/>.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "markupdsl-package-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Package = Pack(Feed);
        AspNetCorePackage = Pack(AspNetCoreProject, Feed);
        ToolPackage = Pack(ToolProject, Feed);
    }

    /// <summary>The temporary folder that holds the feed and whatever the tests make; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The folder the package was packed into, used as a local package source.</summary>
    public string Feed { get; }

    /// <summary>The packed <c>MarkupDsl</c> <c>.nupkg</c>.</summary>
    public string Package { get; }

    /// <summary>The packed <c>MarkupDsl.AspNetCore</c> <c>.nupkg</c>.</summary>
    public string AspNetCorePackage { get; }

    /// <summary>The symbol package packed beside <paramref name="package"/>: the same name with <c>.snupkg</c>.</summary>
    public static string SymbolPackage(string package) => Path.ChangeExtension(package, ".snupkg");

    /// <summary>The packed <c>MarkupDsl.Tool</c> <c>.nupkg</c> (the <c>markupdsl</c> .NET tool).</summary>
    public string ToolPackage { get; }

    /// <summary>The version in <c>Directory.Build.props</c>, the one place it is set.</summary>
    public static string Version { get; } = Metadata("PackageVersion");

    private static string AspNetCoreProject => Path.Combine(Metadata("RepositoryRoot"), "aspnetcore", "MarkupDsl.AspNetCore", "MarkupDsl.AspNetCore.csproj");

    private static string ToolProject => Path.Combine(Metadata("RepositoryRoot"), "tools", "MarkupDsl.Tool", "MarkupDsl.Tool.csproj");

    /// <summary>Packs the core package into <paramref name="folder"/> and returns the path of the <c>.nupkg</c>.</summary>
    public static string Pack(string folder) => Pack(Path.Combine(Metadata("RepositoryRoot"), "runtime", "MarkupDsl", "MarkupDsl.csproj"), folder);

    /// <summary>Packs <paramref name="project"/> into <paramref name="folder"/> and returns the path of its <c>.nupkg</c>.</summary>
    private static string Pack(string project, string folder)
    {
        (int exitCode, string output) = DotNet.Run(Path.GetTempPath(), null,
            "pack", project, "--no-build", "-c", DotNet.Configuration, "-o", folder, "-nologo", "-nodeReuse:false");
        Assert.True(exitCode == 0, output);
        string package = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(project)}.{Version}.nupkg");
        Assert.True(File.Exists(package), output);
        return package;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static string Metadata(string key) =>
        typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
