using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using MarkupDsl.Markup;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace MarkupDsl.Generator.Tests;

/// <summary>
/// <see cref="MarkupBuilderGenerator"/> under the Roslyn SDK's source generator test
/// (<c>Microsoft.CodeAnalysis.CSharp.SourceGenerators.Testing</c>): schema files are additional files flagged
/// <c>MarkupDslSchema</c> through an <c>.editorconfig</c>, as the package's MSBuild targets flag them; expected
/// diagnostics are exact (id, severity, span in the <c>.xsd</c>, message arguments, and the framework prints the
/// actual ones as code to paste when they differ); and the run fails on any compiler warning or error in the
/// consumer's code or the generated code.
/// </summary>
/// <remarks>
/// <para>
/// Which tests use it, and why: the schema diagnostics (<see cref="SchemaDiagnosticLocationTests"/>), where the
/// framework's exact diagnostic comparison and its compile check of what is generated beside a diagnostic serve
/// better than asserting on a <c>GeneratorRunResult</c> by hand. <c>GeneratorHarness</c> stays for the rest: the
/// snapshots of all generated files (the framework would need every file inlined in the test, while
/// <c>Snapshots/</c> gives one reviewable file each), the incremental-caching tests (they drive one
/// <c>GeneratorDriver</c> through edits and read its tracked steps, which the framework does not expose), and the
/// tests that load and run the generated code.
/// </para>
/// <para>
/// References resolve offline: the reference assembly set names no NuGet package (so none is downloaded), and each
/// project gets the running .NET's own assemblies and the MarkupDsl runtime instead.
/// </para>
/// </remarks>
internal sealed class SchemaGeneratorTest : CSharpSourceGeneratorTest<MarkupBuilderGenerator, DefaultVerifier>
{
    /// <summary>Where the test project keeps its schema files; the paths diagnostics are located in start with it.</summary>
    public const string Folder = "/0/Schemas/";

    // A target framework without a reference assembly package resolves to no assemblies and never reaches NuGet.
    private static readonly ReferenceAssemblies None = new("net" + Environment.Version.ToString(2));

    private static readonly ImmutableArray<MetadataReference> References = Directory
        .GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "*.dll")
        .Where(path => IsManagedAssembly(path))
        .Order(StringComparer.Ordinal)
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .Append(MetadataReference.CreateFromFile(typeof(MarkupDocument).Assembly.Location))
        .ToImmutableArray();

    public SchemaGeneratorTest()
    {
        ReferenceAssemblies = None;
        CompilerDiagnostics = CompilerDiagnostics.Warnings;
        // The framework needs a C# file; tests that use the builders add their own.
        TestState.Sources.Add(("/0/Project.cs", "namespace Consumer;\n"));
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true

            [*.xsd]
            {MarkupBuilderGenerator.SchemaFlag} = true
            """));
        SolutionTransforms.Add((solution, projectId) => solution.AddMetadataReferences(projectId, References));
    }

    /// <summary>Adds a schema file under <see cref="Folder"/>.</summary>
    public SchemaGeneratorTest WithSchema(string name, string text)
    {
        TestState.AdditionalFiles.Add((Folder + name, text));
        return this;
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Latest);

    // The shared framework folder also holds native libraries.
    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
