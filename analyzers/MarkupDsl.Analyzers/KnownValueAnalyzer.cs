using System.Collections.Immutable;
using MarkupDsl.Analyzers.Diagnostics;
using MarkupDsl.Analyzers.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers;

/// <summary>
/// Checks a string given for an enumerated attribute (a track, codec, method, voice, language, ...; each item of a
/// list such as <c>input: ["dtmf", "speech"]</c>) against the values its dialect documents: unknown (MDSL003) or
/// known only in another dialect (MDSL004).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class KnownValueAnalyzer : MarkupAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.UnknownValue, Descriptors.ValueOfOtherDialect);

    private protected override void Register(CompilationStartAnalysisContext context, MarkupTypes types)
    {
        context.RegisterOperationAction(operation => AnalyzeConversion(operation, types), OperationKind.Conversion);
        context.RegisterOperationAction(operation => AnalyzeCreation(operation, types), OperationKind.ObjectCreation);
    }

    private static void AnalyzeConversion(OperationAnalysisContext context, MarkupTypes types)
    {
        var conversion = (IConversionOperation)context.Operation;
        if (conversion.OperatorMethod is not null)
        {
            Analyze(context, types, conversion.Type, conversion.Operand);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, MarkupTypes types)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.Length == 1)
        {
            Analyze(context, types, creation.Type, creation.Arguments[0].Value);
        }
    }

    private static void Analyze(OperationAnalysisContext context, MarkupTypes types, ITypeSymbol? type, IOperation value)
    {
        if (value.ConstantValue is not { HasValue: true, Value: string text } || Dialects.Of(type) is not { } dialect)
        {
            return;
        }

        ImmutableArray<string> known = KnownValues.Of(type, types);
        if (known.IsEmpty || known.Contains(text))
        {
            return;
        }

        string? nearest = KnownValues.Nearest(text, known);
        var properties = nearest is null || value is not ILiteralOperation
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(FixProperties.Replacement, nearest);
        string listed = KnownValues.Listing(text, known);
        string attribute = type!.Name;

        if (OtherDialectWith(types, type, dialect, text) is { } other)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ValueOfOtherDialect, value.Syntax.GetLocation(), properties,
                text, attribute, Dialects.DisplayName(other), Dialects.DisplayName(dialect), listed));
            return;
        }

        string suggestion = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownValue, value.Syntax.GetLocation(), properties,
            text, Dialects.DisplayName(dialect), attribute, listed, suggestion));
    }

    /// <summary>The first other dialect whose type of the same name lists <paramref name="text"/>.</summary>
    private static string? OtherDialectWith(MarkupTypes types, ITypeSymbol type, string dialect, string text)
    {
        foreach ((string other, INamedTypeSymbol counterpart) in types.Generated(type.MetadataName))
        {
            if (other != dialect && KnownValues.Of(counterpart, types).Contains(text))
            {
                return other;
            }
        }

        return null;
    }
}
