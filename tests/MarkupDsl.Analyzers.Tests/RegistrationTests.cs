using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MarkupDsl.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>
/// How each analyzer registers: concurrently, without generated code, and only for operations (never a syntax
/// node, tree or compilation-wide walk).
/// </summary>
public sealed class RegistrationTests
{
    public static TheoryData<string> Analyzers => new(AllAnalyzersVerifier.Analyzers.Select(analyzer => analyzer.GetType().Name));

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Each_analyzer_runs_concurrently_skips_generated_code_and_registers_operation_actions(string name)
    {
        var context = new RecordingContext();
        AllAnalyzersVerifier.Analyzers.Single(analyzer => analyzer.GetType().Name == name).Initialize(context);

        Assert.True(context.Concurrent);
        Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCode);
        Assert.NotEmpty(context.Registrations);
    }

    /// <summary>Records the calls an analyzer makes in <c>Initialize</c>; any other kind of action fails the test.</summary>
    private sealed class RecordingContext : AnalysisContext
    {
        public bool Concurrent { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public List<string> Registrations { get; } = [];

        public override void EnableConcurrentExecution() => Concurrent = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            Registrations.Add($"operation {string.Join(",", operationKinds)}");

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) =>
            Registrations.Add("operation block");

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => throw Unexpected();

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();

        private static InvalidOperationException Unexpected() => new("the analyzers register operation actions only");
    }
}
