using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>Severities follow <c>.editorconfig</c>, per rule and per category, as in a real build.</summary>
public sealed class EditorConfigTests
{
    private static readonly string Source = Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("ws://example.com/media")).Connect(c => c.Stream("wss://example.com/b")).Say("Bye")""");

    [Fact]
    public async Task Without_configuration_the_default_severities_apply()
    {
        var diagnostics = await CodeFixHarness.Diagnostics(CodeFixHarness.CreateDocument(Source));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single(diagnostic => diagnostic.Id == "MDSL001").Severity);
        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(diagnostic => diagnostic.Id == "MDSL006").Severity);
    }

    [Fact]
    public async Task A_rule_can_be_raised_to_an_error_or_turned_off()
    {
        var diagnostics = await CodeFixHarness.Diagnostics(CodeFixHarness.CreateDocument(Source, """
            root = true

            [*.cs]
            dotnet_diagnostic.MDSL001.severity = error
            dotnet_diagnostic.MDSL006.severity = none
            """));
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(diagnostic => diagnostic.Id == "MDSL001").Severity);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "MDSL006");
    }

    [Fact]
    public async Task The_category_sets_every_rule_at_once()
    {
        var diagnostics = await CodeFixHarness.Diagnostics(CodeFixHarness.CreateDocument(Source, """
            root = true

            [*.cs]
            dotnet_analyzer_diagnostic.category-MarkupDsl.Usage.severity = suggestion
            """));
        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(diagnostic => diagnostic.Id == "MDSL001").Severity);
        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(diagnostic => diagnostic.Id == "MDSL006").Severity);
    }

    [Fact]
    public async Task The_schema_and_pay_rules_are_configured_like_the_others()
    {
        string source = Sources.In("TwiML", """new VoiceResponse().Dial("+15551234567", timeout: 2).Pay(chargeAmount: "10.00", tokenType: "reusable")""");
        var defaults = await CodeFixHarness.Diagnostics(CodeFixHarness.CreateDocument(source));
        Assert.Equal(DiagnosticSeverity.Warning, defaults.Single(diagnostic => diagnostic.Id == "MDSL013").Severity);
        Assert.Equal(DiagnosticSeverity.Info, defaults.Single(diagnostic => diagnostic.Id == "MDSL017").Severity);

        var configured = await CodeFixHarness.Diagnostics(CodeFixHarness.CreateDocument(source, """
            root = true

            [*.cs]
            dotnet_diagnostic.MDSL013.severity = error
            dotnet_diagnostic.MDSL017.severity = none
            """));
        Assert.Equal(DiagnosticSeverity.Error, configured.Single(diagnostic => diagnostic.Id == "MDSL013").Severity);
        Assert.DoesNotContain(configured, diagnostic => diagnostic.Id == "MDSL017");
    }
}
