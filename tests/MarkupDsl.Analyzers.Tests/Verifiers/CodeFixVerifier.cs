using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MarkupDsl.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs an analyzer and a code fix over marked-up sources compiled as <see cref="TestProject"/> says: the marked
/// diagnostics must be reported, and fixing them, one at a time and with Fix All in the document, the project and the
/// solution, must give the fixed source. A fixed source equal to the source asserts that no fix is offered.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer that reports the diagnostics.</typeparam>
/// <typeparam name="TCodeFix">The code fix under test.</typeparam>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Asserts the marked diagnostics of <paramref name="source"/> and that fixing them gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        new Test { TestCode = source, FixedCode = fixedSource }.RunAsync();

    /// <summary>The code fix test, set up as <see cref="TestProject"/> says; for tests with several documents or projects.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        /// <summary>A test compiled against the runtime.</summary>
        public Test() => TestProject.Configure(this, TestProject.WithRuntime);

        /// <inheritdoc/>
        protected override CompilationOptions CreateCompilationOptions() => TestProject.WithNullable(base.CreateCompilationOptions());

        /// <inheritdoc/>
        protected override ParseOptions CreateParseOptions() => TestProject.WithLatestLanguage(base.CreateParseOptions());
    }
}
