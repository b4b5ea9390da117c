using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MarkupDsl.Analyzers.Tests.Verifiers;

/// <summary>
/// An analyzer test set up as <see cref="TestProject"/> says: <c>[|...|]</c> marks a diagnostic of an analyzer with
/// one rule, <c>{|MDSL003:...|}</c> names the rule, <c>{|#0:...|}</c> is a location for a
/// <see cref="DiagnosticResult"/> whose message is checked too.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
public class MarkupAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A test compiled against the runtime.</summary>
    public MarkupAnalyzerTest()
        : this(TestProject.WithRuntime)
    {
    }

    /// <summary>A test compiled against <paramref name="references"/> only.</summary>
    public MarkupAnalyzerTest(ImmutableArray<MetadataReference> references) => TestProject.Configure(this, references);

    /// <summary>Asserts that the analyzers report the marked spans of <paramref name="source"/> and <paramref name="expected"/>, and nothing else.</summary>
    public Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        TestCode = source;
        ExpectedDiagnostics.AddRange(expected);
        return RunAsync();
    }

    /// <inheritdoc/>
    protected override CompilationOptions CreateCompilationOptions() => TestProject.WithNullable(base.CreateCompilationOptions());

    /// <inheritdoc/>
    protected override ParseOptions CreateParseOptions() => TestProject.WithLatestLanguage(base.CreateParseOptions());
}
