using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace MarkupDsl.Package.Tests;

/// <summary>What the <c>.nupkg</c> holds: the layout NuGet gives a consumer, its metadata, and that packing is deterministic.</summary>
[Collection(nameof(PackageCollection))]
public sealed class PackageContentTests(PackageFixture package)
{
    [Fact]
    public void The_package_is_named_after_the_one_version()
    {
        Assert.Equal($"MarkupDsl.{PackageFixture.Version}.nupkg", Path.GetFileName(package.Package));
    }

    [Fact]
    public void Runtime_docs_generator_analyzers_msbuild_files_readme_and_license_are_where_NuGet_looks()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.Package);
        string[] files = archive.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/") && !name.StartsWith("package/") && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            new[]
            {
                "LICENSE",
                "MarkupDsl.nuspec",
                "README.md",
                "analyzers/dotnet/cs/MarkupDsl.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/MarkupDsl.Analyzers.dll",
                "analyzers/dotnet/cs/MarkupDsl.Generator.dll",
                "build/MarkupDsl.props",
                "build/MarkupDsl.targets",
                "buildTransitive/MarkupDsl.props",
                "buildTransitive/MarkupDsl.targets",
                "lib/net10.0/MarkupDsl.dll",
                "lib/net10.0/MarkupDsl.xml",
                "lib/net8.0/MarkupDsl.dll",
                "lib/net8.0/MarkupDsl.xml",
            },
            files);
    }

    [Fact]
    public void The_nuspec_declares_the_license_readme_and_only_YamlDotNet_as_a_dependency()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.Package);
        using Stream nuspec = archive.GetEntry("MarkupDsl.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("MarkupDsl", Value("id"));
        Assert.Equal(PackageFixture.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        // The generator and analyzers ship inside the package, so they are no dependencies of it.
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "group")
            .Select(g => (Framework: (string)g.Attribute("targetFramework")!, Ids: string.Join(",", g.Elements().Select(d => (string)d.Attribute("id")!))))
            .OrderBy(g => g.Framework)
            .ToArray();
        Assert.Equal(new[] { ("net10.0", "YamlDotNet"), ("net8.0", "YamlDotNet") }, dependencies);
    }

    [Fact]
    public void Packing_the_same_build_again_gives_the_same_bytes()
    {
        string again = PackageFixture.Pack(Path.Combine(package.Root, "again"));
        Assert.Equal(File.ReadAllBytes(package.Package), File.ReadAllBytes(again));
    }
}
