using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Tests;

/// <summary>The code generated from the repository's schemas, compared with committed snapshots.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Generated_builders_match_their_snapshots_and_compile_without_errors()
    {
        var (result, errors) = GeneratorHarness.RunLibrary(GeneratorHarness.RepositorySchemas());

        Assert.Empty(result.Diagnostics);
        Assert.Empty(errors);
        foreach (GeneratedSourceResult source in result.GeneratedSources)
        {
            Snapshot.Match(source.HintName, source.SourceText.ToString());
        }

        string[] expected = result.GeneratedSources.Select(s => Path.GetFileName(Snapshot.PathOf(s.HintName))).Order().ToArray();
        string[] committed = Directory.GetFiles(Snapshot.Folder(), "*.verified.cs").Select(Path.GetFileName).Order().ToArray()!;
        if (!Snapshot.Updating)
        {
            Assert.Equal(expected, committed);
        }
    }

    [Fact]
    public void Each_dialect_gets_only_its_own_elements_attributes_and_values()
    {
        var (result, _) = GeneratorHarness.RunLibrary(GeneratorHarness.RepositorySchemas());
        string Source(string hint) => result.GeneratedSources.Single(s => s.HintName == hint).SourceText.ToString();

        Assert.Contains("string? connectorName = null", Source("MarkupDsl.TwiML.StartBuilder.g.cs"));
        Assert.DoesNotContain("codec", Source("MarkupDsl.TwiML.StartBuilder.g.cs"));
        Assert.Contains("bool? enableReconnect = null", Source("MarkupDsl.TeXML.StartBuilder.g.cs"));
        Assert.Contains("string? authBearerToken = null", Source("MarkupDsl.CXML.StartBuilder.g.cs"));
        Assert.Contains("public static Codec Opus", Source("MarkupDsl.TeXML.Codec.g.cs"));
        Assert.DoesNotContain("Opus", Source("MarkupDsl.CXML.Codec.g.cs"));
        Assert.Contains("public static Codec L16At16000Hz", Source("MarkupDsl.CXML.Codec.g.cs"));
        Assert.Contains("public StopBuilder Stream(global::System.Collections.Generic.IEnumerable", Source("MarkupDsl.TeXML.StopBuilder.g.cs"));
        Assert.Contains("public StopBuilder Stream(string name, ", Source("MarkupDsl.TwiML.StopBuilder.g.cs"));
        Assert.Contains("public SwmlDocument StopStream(string? controlId = null, ", Source("MarkupDsl.SWML.SwmlDocument.g.cs"));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "MarkupDsl.TwiML.Codec.g.cs");
    }

    [Fact]
    public void A_changed_generation_fails_the_comparison()
    {
        if (Snapshot.Updating)
        {
            return;
        }

        string committed = File.ReadAllText(Snapshot.PathOf("MarkupDsl.TwiML.Track.g.cs"));
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Snapshot.Match("MarkupDsl.TwiML.Track.g.cs", committed.Replace("Ordinal", "OrdinalIgnoreCase")));
        Assert.Contains("differs from its snapshot", failure.Message);
    }
}
