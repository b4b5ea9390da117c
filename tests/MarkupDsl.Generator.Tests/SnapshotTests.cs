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
        var (result, errors) = GeneratorHarness.Run(GeneratorHarness.RepositorySchemas());

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
    public void Each_schema_construct_becomes_the_expected_public_shape()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.RepositorySchemas());
        string[] hints = result.GeneratedSources.Select(s => s.HintName).Order().ToArray();
        Assert.Equal(
            new[]
            {
                "MarkupDsl.TwiML.CallbackMethod.g.cs", "MarkupDsl.TwiML.ConnectBuilder.g.cs", "MarkupDsl.TwiML.StartBuilder.g.cs",
                "MarkupDsl.TwiML.StopBuilder.g.cs", "MarkupDsl.TwiML.StreamBuilder.g.cs", "MarkupDsl.TwiML.Track.g.cs",
                "MarkupDsl.TwiML.TwiMLElements.g.cs", "MarkupDsl.TwiML.VoiceResponse.g.cs",
            },
            hints);
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
