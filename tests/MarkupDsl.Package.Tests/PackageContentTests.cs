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
        string[] files = Files(archive);

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
    public void The_nuspec_declares_the_license_readme_and_only_YamlDotNet_and_the_AI_abstractions_as_dependencies()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.Package);
        XElement metadata = Metadata(archive, "MarkupDsl.nuspec");

        Assert.Equal("MarkupDsl", Value(metadata, "id"));
        Assert.Equal(PackageFixture.Version, Value(metadata, "version"));
        Assert.Equal("MIT", Value(metadata, "license"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        // The generator and analyzers ship inside the package, so they are no dependencies of it; IChatClient's
        // abstractions are, for the ConversationRelay agent.
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "group")
            .Select(g => (Framework: (string)g.Attribute("targetFramework")!, Ids: string.Join(",", g.Elements().Select(d => (string)d.Attribute("id")!))))
            .OrderBy(g => g.Framework)
            .ToArray();
        Assert.Equal(
            new[] { ("net10.0", "Microsoft.Extensions.AI.Abstractions,YamlDotNet"), ("net8.0", "Microsoft.Extensions.AI.Abstractions,YamlDotNet") },
            dependencies);
    }

    [Fact]
    public void The_AspNetCore_package_holds_its_assembly_docs_readme_and_license_and_depends_on_the_same_version_of_the_core_and_BouncyCastle()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.AspNetCorePackage);

        Assert.Equal(
            new[]
            {
                "LICENSE",
                "MarkupDsl.AspNetCore.nuspec",
                "README.md",
                "lib/net10.0/MarkupDsl.AspNetCore.dll",
                "lib/net10.0/MarkupDsl.AspNetCore.xml",
                "lib/net8.0/MarkupDsl.AspNetCore.dll",
                "lib/net8.0/MarkupDsl.AspNetCore.xml",
            },
            Files(archive));
        XElement metadata = Metadata(archive, "MarkupDsl.AspNetCore.nuspec");
        Assert.Equal((PackageFixture.Version, "MIT", "README.md"), (Value(metadata, "version"), Value(metadata, "license"), Value(metadata, "readme")));
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(d => ((string)d.Parent!.Attribute("targetFramework")!, (string)d.Attribute("id")!, (string)d.Attribute("version")!))
            .Order()
            .ToArray();
        // BouncyCastle verifies Telnyx's Ed25519 webhook signatures; its version comes from Directory.Packages.props.
        Assert.Equal(
            new[]
            {
                ("net10.0", "BouncyCastle.Cryptography", "2.7.0"), ("net10.0", "MarkupDsl", PackageFixture.Version),
                ("net8.0", "BouncyCastle.Cryptography", "2.7.0"), ("net8.0", "MarkupDsl", PackageFixture.Version),
            },
            dependencies);
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_markupdsl()
    {
        using ZipArchive archive = ZipFile.OpenRead(package.ToolPackage);
        using Stream settings = archive.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open();

        XElement command = XDocument.Load(settings).Descendants("Command").Single();
        Assert.Equal(("markupdsl", "MarkupDsl.Tool.dll"), ((string)command.Attribute("Name")!, (string)command.Attribute("EntryPoint")!));
        Assert.Equal("DotnetTool", Metadata(archive, "MarkupDsl.Tool.nuspec").Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value);
        Assert.Contains("README.md", Files(archive));
    }

    [Fact]
    public void Packing_the_same_build_again_gives_the_same_bytes()
    {
        string again = PackageFixture.Pack(Path.Combine(package.Root, "again"));
        Assert.Equal(File.ReadAllBytes(package.Package), File.ReadAllBytes(again));
        Assert.Equal(File.ReadAllBytes(PackageFixture.SymbolPackage(package.Package)), File.ReadAllBytes(PackageFixture.SymbolPackage(again)));
    }

    private static string[] Files(ZipArchive archive) =>
        archive.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/") && !name.StartsWith("package/") && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static XElement Metadata(ZipArchive archive, string nuspec)
    {
        using Stream stream = archive.GetEntry(nuspec)!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
}
