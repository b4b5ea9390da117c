using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace MarkupDsl.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs every analyzer of the analyzer assembly together, as a build does, for the tests about how the rules share a
/// source: which rule reports a value, severities set in <c>.editorconfig</c>, a compilation without the runtime.
/// Expected diagnostics are written <c>{|MDSL001:...|}</c> or as <see cref="Diagnostic"/> results.
/// </summary>
public static class AllAnalyzersVerifier
{
    /// <summary>One instance of each analyzer, in the order of their names.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(StreamUrlAnalyzer).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(DiagnosticAnalyzer)) && !type.IsAbstract)
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .ToImmutableArray();

    /// <summary>A diagnostic of rule <paramref name="id"/>, with its default severity.</summary>
    public static DiagnosticResult Diagnostic(string id) =>
        new(id, Analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Single(descriptor => descriptor.Id == id).DefaultSeverity);

    /// <summary>Asserts that the analyzers together report the marked spans and <paramref name="expected"/>, and nothing else.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        new Test().VerifyAsync(source, expected);

    /// <summary>The test of every analyzer, set up as <see cref="TestProject"/> says.</summary>
    public sealed class Test : MarkupAnalyzerTest<EmptyDiagnosticAnalyzer>
    {
        /// <summary>A test compiled against the runtime.</summary>
        public Test()
        {
        }

        /// <summary>A test compiled against <paramref name="references"/> only.</summary>
        public Test(ImmutableArray<MetadataReference> references)
            : base(references)
        {
        }

        /// <inheritdoc/>
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => Analyzers;

        /// <summary>
        /// The framework's options without the <see cref="ReportDiagnostic.Default"/> entry it adds for each rule: a
        /// build has none, and such an entry in the compilation options would override the severities that
        /// <c>.editorconfig</c> sets.
        /// </summary>
        protected override Project ApplyCompilationOptions(Project project)
        {
            project = base.ApplyCompilationOptions(project);
            var options = project.CompilationOptions!;
            return project.WithCompilationOptions(options.WithSpecificDiagnosticOptions(
                options.SpecificDiagnosticOptions.Where(option => option.Value != ReportDiagnostic.Default)));
        }
    }
}
