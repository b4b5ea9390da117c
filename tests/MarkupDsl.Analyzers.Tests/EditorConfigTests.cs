using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>Severities follow <c>.editorconfig</c>, per rule and per category, as in a real build.</summary>
public sealed class EditorConfigTests
{
    private static readonly string Source = Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream({|#0:"ws://example.com/media"|})).Connect(c => c.Stream("wss://example.com/b")).{|#1:Say|}("Bye")""");

    private static readonly string SchemaAndPaySource = Sources.In("TwiML", """new VoiceResponse().Dial("+15551234567", timeout: {|#0:2|}).Pay(chargeAmount: "10.00", {|#1:tokenType: "reusable"|})""");

    [Fact]
    public Task Without_configuration_the_default_severities_apply() => Verify(
        Source,
        editorConfig: null,
        AllAnalyzersVerifier.Diagnostic("MDSL001").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning),
        AllAnalyzersVerifier.Diagnostic("MDSL006").WithLocation(1).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task A_rule_can_be_raised_to_an_error_or_turned_off() => Verify(
        Source,
        """
        dotnet_diagnostic.MDSL001.severity = error
        dotnet_diagnostic.MDSL006.severity = none
        """,
        AllAnalyzersVerifier.Diagnostic("MDSL001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));

    [Fact]
    public Task The_category_sets_every_rule_at_once() => Verify(
        Source,
        "dotnet_analyzer_diagnostic.category-MarkupDsl.Usage.severity = suggestion",
        AllAnalyzersVerifier.Diagnostic("MDSL001").WithLocation(0).WithSeverity(DiagnosticSeverity.Info),
        AllAnalyzersVerifier.Diagnostic("MDSL006").WithLocation(1).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task The_schema_and_pay_rules_have_their_default_severities() => Verify(
        SchemaAndPaySource,
        editorConfig: null,
        AllAnalyzersVerifier.Diagnostic("MDSL013").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning),
        AllAnalyzersVerifier.Diagnostic("MDSL017").WithLocation(1).WithSeverity(DiagnosticSeverity.Info));

    [Fact]
    public Task The_schema_and_pay_rules_are_configured_like_the_others() => Verify(
        SchemaAndPaySource,
        """
        dotnet_diagnostic.MDSL013.severity = error
        dotnet_diagnostic.MDSL017.severity = none
        """,
        AllAnalyzersVerifier.Diagnostic("MDSL013").WithLocation(0).WithSeverity(DiagnosticSeverity.Error));

    /// <summary>Runs every analyzer with <paramref name="editorConfig"/> (settings for <c>*.cs</c>) beside the source.</summary>
    private static Task Verify(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new AllAnalyzersVerifier.Test();
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
                root = true

                [*.cs]
                {editorConfig}
                """));
        }

        return test.VerifyAsync(source, expected);
    }
}
