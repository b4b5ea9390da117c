using System;
using System.Linq;
using MarkupDsl.Generator.Binding;
using MarkupDsl.Generator.Emitting;
using MarkupDsl.Generator.Model;
using MarkupDsl.Generator.Parsing;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator;

/// <summary>
/// Turns the <c>.xsd</c> files among a project's <c>AdditionalFiles</c> into fluent builders: one document class
/// per root element, one builder class per element with child elements, one value type per enumerated simple type.
/// </summary>
/// <remarks>
/// Pipeline: each file is read on its own into an equatable declaration model (so an edit re-reads one file), the
/// files are bound together into one model per C# namespace, and each namespace is emitted. Diagnostics flow in a
/// pipeline of their own, located in the schema files.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class MarkupBuilderGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<SchemaFile> files = context.AdditionalTextsProvider
            .Where(static file => file.Path.EndsWith(".xsd", StringComparison.OrdinalIgnoreCase))
            .Select(static (file, cancellationToken) => SchemaReader.Read(file.Path, file.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.SchemaFiles);

        IncrementalValueProvider<BindResult> bound = files.Collect()
            .Select(static (all, _) => SchemaBinder.Bind(all))
            .WithTrackingName(TrackingNames.Bound);

        IncrementalValuesProvider<NamespaceModel> namespaces = bound
            .SelectMany(static (result, _) => result.Namespaces)
            .WithTrackingName(TrackingNames.Namespaces);

        IncrementalValuesProvider<DiagnosticInfo> diagnostics = files
            .SelectMany(static (file, _) => file.Diagnostics)
            .Collect()
            .Combine(bound)
            .SelectMany(static (pair, _) => pair.Left.Concat(pair.Right.Diagnostics))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(namespaces, static (output, ns) =>
        {
            foreach (var (hintName, source) in BuilderEmitter.Emit(ns))
            {
                output.AddSource(hintName, source);
            }

            foreach (ValueTypeModel type in ns.ValueTypes)
            {
                var (hintName, source) = ValueTypeEmitter.Emit(ns, type);
                output.AddSource(hintName, source);
            }
        });

        context.RegisterSourceOutput(diagnostics, static (output, diagnostic) => output.ReportDiagnostic(diagnostic.ToDiagnostic()));
    }
}
