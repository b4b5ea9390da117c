using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MarkupDsl.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs one analyzer over a marked-up source (see <see cref="MarkupAnalyzerTest{TAnalyzer}"/>) and checks that it
/// reports exactly the marked and the expected diagnostics.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>A diagnostic of the analyzer's rule <paramref name="id"/>, with the rule's default severity.</summary>
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    /// <summary>Asserts that the analyzer reports the marked spans and <paramref name="expected"/>, and nothing else.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        new MarkupAnalyzerTest<TAnalyzer>().VerifyAsync(source, expected);
}
