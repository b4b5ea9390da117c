using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using MarkupDsl.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>
/// How each analyzer registers: concurrently, without generated code, at the start of a compilation, and then only
/// operation actions (never a syntax node, tree or compilation-wide walk), and those only when the compilation
/// references the MarkupDsl runtime.
/// </summary>
public sealed class RegistrationTests
{
    public static TheoryData<string> Analyzers => new(AllAnalyzersVerifier.Analyzers.Select(analyzer => analyzer.GetType().Name));

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Each_analyzer_runs_concurrently_skips_generated_code_and_registers_operation_actions(string name)
    {
        var context = new RecordingContext(Compile(TestProject.WithRuntime));
        Analyzer(name).Initialize(context);

        Assert.True(context.Concurrent);
        Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCode);
        Assert.Equal(["compilation start"], context.Registrations);
        Assert.NotEmpty(context.CompilationRegistrations);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Without_the_runtime_an_analyzer_registers_nothing_for_the_compilation(string name)
    {
        var context = new RecordingContext(Compile(TestProject.Framework));
        Analyzer(name).Initialize(context);

        Assert.Equal(["compilation start"], context.Registrations);
        Assert.Empty(context.CompilationRegistrations);
    }

    private static DiagnosticAnalyzer Analyzer(string name) => AllAnalyzersVerifier.Analyzers.Single(analyzer => analyzer.GetType().Name == name);

    private static CSharpCompilation Compile(ImmutableArray<MetadataReference> references) =>
        CSharpCompilation.Create("Registration", [CSharpSyntaxTree.ParseText("class C { }")], references);

    /// <summary>Records the calls an analyzer makes in <c>Initialize</c>; any other kind of action fails the test.</summary>
    private sealed class RecordingContext(Compilation compilation) : AnalysisContext
    {
        public bool Concurrent { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public List<string> Registrations { get; } = [];

        /// <summary>What the compilation start actions registered for <c>compilation</c>.</summary>
        public List<string> CompilationRegistrations { get; } = [];

        public override void EnableConcurrentExecution() => Concurrent = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
            Registrations.Add("compilation start");
            action(new RecordingCompilationStart(compilation, CompilationRegistrations));
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) => throw Unexpected();

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    /// <summary>Records what a compilation start action registers: operation and operation block actions only.</summary>
    private sealed class RecordingCompilationStart(Compilation compilation, List<string> registrations)
        : CompilationStartAnalysisContext(compilation, new AnalyzerOptions([]), CancellationToken.None)
    {
        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            registrations.Add($"operation {string.Join(",", operationKinds)}");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            registrations.Add("operation block");

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();
    }

    private static InvalidOperationException Unexpected() => new("the analyzers register operation actions at compilation start only");
}
