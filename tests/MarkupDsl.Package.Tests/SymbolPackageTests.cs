using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MarkupDsl.Package.Tests;

/// <summary>
/// Each library package has a <c>.snupkg</c> beside it whose portable PDBs belong to the assemblies in the
/// <c>.nupkg</c>: a debugger fetching symbols for a shipped DLL gets the PDB that DLL names.
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed class SymbolPackageTests(PackageFixture package)
{
    public static TheoryData<string> Libraries => new() { "MarkupDsl", "MarkupDsl.AspNetCore" };

    [Theory]
    [MemberData(nameof(Libraries))]
    public void The_symbol_package_holds_a_portable_pdb_for_each_target_framework_and_nothing_else(string library)
    {
        using ZipArchive symbols = ZipFile.OpenRead(PackageFixture.SymbolPackage(PackageOf(library)));

        string[] files = symbols.Entries.Select(e => e.FullName)
            .Where(name => name.StartsWith("lib/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(new[] { $"lib/net10.0/{library}.pdb", $"lib/net8.0/{library}.pdb" }, files);
        Assert.Equal("SymbolsPackage", PackageType(symbols, library));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Each_pdb_is_the_one_its_assembly_names(string library)
    {
        string nupkg = PackageOf(library);
        using ZipArchive assemblies = ZipFile.OpenRead(nupkg);
        using ZipArchive symbols = ZipFile.OpenRead(PackageFixture.SymbolPackage(nupkg));

        foreach (string framework in new[] { "net8.0", "net10.0" })
        {
            using var pe = new PEReader(Read(assemblies, $"lib/{framework}/{library}.dll"));
            DebugDirectoryEntry codeView = Assert.Single(pe.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.CodeView);
            CodeViewDebugDirectoryData named = pe.ReadCodeViewDebugDirectoryData(codeView);

            using var pdb = MetadataReaderProvider.FromPortablePdbStream(Read(symbols, $"lib/{framework}/{library}.pdb"));
            MetadataReader reader = pdb.GetMetadataReader();
            // A portable PDB's id is the GUID the assembly's CodeView entry names followed by the entry's stamp.
            byte[] id = reader.DebugMetadataHeader!.Id.ToArray();
            Assert.Equal(named.Guid, new Guid(id.AsSpan(0, 16)));
            Assert.Equal(codeView.Stamp, BitConverter.ToUInt32(id, 16));
            Assert.Equal($"{library}.pdb", Path.GetFileName(named.Path));
            Assert.True(reader.Documents.Count > 0, $"{framework}/{library}.pdb lists no source documents");
        }
    }

    private string PackageOf(string library) => library == "MarkupDsl" ? package.Package : package.AspNetCorePackage;

    /// <summary>An entry's bytes in memory: the readers need a seekable stream, which a zip entry's is not.</summary>
    private static MemoryStream Read(ZipArchive archive, string entry)
    {
        using Stream stream = (archive.GetEntry(entry) ?? throw new KeyNotFoundException(entry)).Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static string PackageType(ZipArchive archive, string library)
    {
        using Stream nuspec = archive.GetEntry($"{library}.nuspec")!.Open();
        return System.Xml.Linq.XDocument.Load(nuspec).Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value;
    }
}
