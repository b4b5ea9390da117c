using System;
using System.Linq;
using MarkupDsl.Generator.Binding;
using MarkupDsl.Generator.Emitting;
using MarkupDsl.Generator.Model;
using MarkupDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator;

/// <summary>
/// Turns the <c>.xsd</c> files among a project's <c>AdditionalFiles</c> that carry <c>MarkupDslSchema="true"</c> into fluent builders, for each dialect the
/// schemas name: one document class per root element, one builder class per element with child elements, one value
/// type per enumerated simple type, extension methods for elements a user's schema attaches to existing builders.
/// </summary>
/// <remarks>
/// In a consumer's project the library's schemas (embedded in this assembly) are bound with the consumer's, which may
/// use their elements and types; only the consumer's declarations are generated, with a grammar extension that the
/// library's document classes read them back with.
/// Pipeline: each file is read on its own into an equatable declaration model (so an edit re-reads one file), the
/// files are bound together into one model per dialect, and each dialect is emitted. Diagnostics flow in a
/// pipeline of their own, located in the schema files.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class MarkupBuilderGenerator : IIncrementalGenerator
{
    /// <summary>
    /// The item metadata that marks an <c>AdditionalFiles</c> item as a MarkupDsl schema
    /// (<c>MarkupDslSchema="true"</c>), so that a project's other <c>.xsd</c> files are left alone.
    /// </summary>
    public const string SchemaFlag = "build_metadata.AdditionalFiles.MarkupDslSchema";

    /// <summary>Builds the pipeline.</summary>
    /// <param name="context">The generator's context.</param>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SchemaFile> files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".xsd", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => pair.Right.GetOptions(pair.Left).TryGetValue(SchemaFlag, out string? flag) && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
            .Select(static (pair, cancellationToken) => SchemaReader.Read(pair.Left.Path, pair.Left.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.SchemaFiles);

        // Only the assembly's name leaves the compilation, so that editing code never re-binds the schemas.
        IncrementalValueProvider<string?> assembly = context.CompilationProvider
            .Select(static (compilation, _) => compilation.AssemblyName)
            .WithTrackingName(TrackingNames.Assembly);

        IncrementalValueProvider<BindResult> bound = files.Collect()
            .Combine(assembly)
            .Select(static (pair, _) => SchemaBinder.Bind(pair.Left, LibrarySchemas.For(pair.Right)))
            .WithTrackingName(TrackingNames.Bound);

        IncrementalValuesProvider<DialectModel> dialects = bound
            .SelectMany(static (result, _) => result.Dialects)
            .WithTrackingName(TrackingNames.Dialects);

        IncrementalValuesProvider<DiagnosticInfo> diagnostics = files
            .SelectMany(static (file, _) => file.Diagnostics)
            .Collect()
            .Combine(bound)
            .SelectMany(static (pair, _) => pair.Left.Concat(pair.Right.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(dialects, static (output, ns) =>
        {
            foreach (var (hintName, source) in BuilderEmitter.Emit(ns))
            {
                output.AddSource(hintName, source);
            }

            foreach (ValueTypeModel type in ns.ValueTypes.Where(t => !t.IsLibrary))
            {
                var (hintName, source) = ValueTypeEmitter.Emit(ns, type);
                output.AddSource(hintName, source);
            }
        });

        context.RegisterSourceOutput(diagnostics, static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));
    }
}
