using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace MarkupDsl.Analyzers.Tests.Verifiers;

/// <summary>
/// How every analyzer and code fix test compiles its sources: C# latest with nullable annotations on, against the
/// .NET reference assemblies installed with the SDK and the MarkupDsl runtime. Nothing is fetched from NuGet at test
/// time, unlike the framework's <see cref="ReferenceAssemblies.Net"/> sets, so the tests run offline.
/// </summary>
internal static class TestProject
{
    /// <summary>The reference assemblies of the .NET the tests run on, from the SDK's targeting pack.</summary>
    public static ImmutableArray<MetadataReference> Framework { get; } = FrameworkReferences();

    /// <summary><see cref="Framework"/> and the MarkupDsl runtime, where the generated builders live.</summary>
    public static ImmutableArray<MetadataReference> WithRuntime { get; } =
        Framework.Add(MetadataReference.CreateFromFile(typeof(MarkupDsl.TwiML.VoiceResponse).Assembly.Location));

    // A target framework without a reference assembly package resolves to no assemblies, and so never reaches NuGet;
    // the references come from Framework instead.
    private static readonly ReferenceAssemblies None = new("net" + Environment.Version.ToString(2));

    /// <summary>Sets up <paramref name="test"/> to compile every project of its solution against <paramref name="references"/>.</summary>
    public static void Configure(AnalyzerTest<DefaultVerifier> test, ImmutableArray<MetadataReference> references)
    {
        test.ReferenceAssemblies = None;
        test.SolutionTransforms.Add((solution, _) =>
        {
            foreach (ProjectId id in solution.ProjectIds)
            {
                solution = solution.AddMetadataReferences(id, references);
            }

            return solution;
        });
    }

    /// <summary>The framework's compilation options with nullable annotations and warnings on.</summary>
    public static CompilationOptions WithNullable(CompilationOptions options) =>
        ((CSharpCompilationOptions)options).WithNullableContextOptions(NullableContextOptions.Enable);

    /// <summary>The framework's parse options for the latest C#.</summary>
    public static ParseOptions WithLatestLanguage(ParseOptions options) =>
        ((CSharpParseOptions)options).WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>
    /// The targeting pack of the running .NET (<c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net&lt;major.minor&gt;</c>
    /// under the dotnet root), the newest patch of the runtime's major and minor version.
    /// </summary>
    private static ImmutableArray<MetadataReference> FrameworkReferences()
    {
        // The runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/.
        string root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        string release = Environment.Version.ToString(2);
        string? folder = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, release + ".*")
                .OrderByDescending(version => Version.Parse(Path.GetFileName(version).Split('-')[0]))
                .Select(version => Path.Combine(version, "ref", "net" + release))
                .FirstOrDefault(Directory.Exists)
            : null;
        if (folder is null)
        {
            throw new InvalidOperationException($"No net{release} targeting pack under {packs}: the analyzer tests compile against the .NET SDK's reference assemblies.");
        }

        return Directory.GetFiles(folder, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
