using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>The descriptor catalogue: every rule has one descriptor, a help link, a doc page and a release entry.</summary>
public sealed class CatalogueTests
{
    public static readonly IReadOnlyList<DiagnosticDescriptor> Catalogue = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToList();

    public static TheoryData<string> Ids => new(Catalogue.Select(descriptor => descriptor.Id));

    [Fact]
    public void The_analyzers_report_exactly_the_catalogue()
    {
        var supported = AllAnalyzersVerifier.Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).Order();
        Assert.Equal(Catalogue.Select(descriptor => descriptor.Id).Order(), supported);
        Assert.Equal(Catalogue.Count, Catalogue.Select(descriptor => descriptor.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_links_to_its_page_and_the_page_shows_wrong_and_right_code_and_cites_the_provider(string id)
    {
        DiagnosticDescriptor descriptor = Catalogue.Single(candidate => candidate.Id == id);
        Assert.StartsWith("MDSL0", id);
        Assert.EndsWith($"/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        Assert.Equal(Descriptors.Category, descriptor.Category);

        string page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: ", page);
        Assert.Contains("## Wrong", page);
        Assert.Contains("## Right", page);
        Assert.Contains("```csharp", page);
        Assert.Matches(@"https://(www\.twilio\.com|developers\.telnyx\.com|developer\.signalwire\.com)/", page);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_is_in_the_release_tracking_file_with_its_severity(string id)
    {
        DiagnosticDescriptor descriptor = Catalogue.Single(candidate => candidate.Id == id);
        string unshipped = File.ReadAllText(Path.Combine(Repository.Root, "analyzers", "MarkupDsl.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.Contains($"{id} | {descriptor.Category} | {descriptor.DefaultSeverity} |", unshipped);
    }
}
