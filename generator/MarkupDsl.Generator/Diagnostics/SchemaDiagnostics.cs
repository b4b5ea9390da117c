using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Diagnostics;

/// <summary>
/// The diagnostics the generator reports about schema files; each is located in the <c>.xsd</c> file (path, line,
/// column). The analyzers own the MDSL0xx range; schema diagnostics are MDSL1xx.
/// </summary>
internal static class SchemaDiagnostics
{
    private const string Category = "MarkupDsl.Schema";

    public static readonly DiagnosticDescriptor MalformedXml = Create(
        "MDSL100",
        "Schema file is not well-formed XML",
        "The schema file is not well-formed XML: {0}");

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "MDSL101",
        "Unsupported XML Schema construct",
        "'{0}' is not in the XML Schema subset MarkupDsl reads ({1}); see schemas/README.md");

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "MDSL102",
        "Reference to an undeclared element or type",
        "'{0}' refers to {1} '{2}', which no schema file declares");

    public static readonly DiagnosticDescriptor InvalidName = Create(
        "MDSL103",
        "Name cannot become a C# identifier",
        "'{0}' cannot be used as the name of {1}: {2}");

    public static readonly DiagnosticDescriptor InvalidPattern = Create(
        "MDSL104",
        "Pattern is not a valid regular expression",
        "The pattern '{0}' is not a regular expression .NET can run: {1}");

    public static readonly DiagnosticDescriptor DuplicateDeclaration = Create(
        "MDSL105",
        "Duplicate declaration",
        "{0} '{1}' is declared more than once in namespace '{2}'");

    public static readonly DiagnosticDescriptor MissingValue = Create(
        "MDSL106",
        "Schema construct lacks a required attribute",
        "'{0}' needs the attribute '{1}'");

    public static readonly DiagnosticDescriptor UnknownDialect = Create(
        "MDSL107",
        "Unknown dialect",
        "'{0}' is not a dialect MarkupDsl knows ({1})");

    public static readonly DiagnosticDescriptor AlreadyDeclared = Create(
        "MDSL108",
        "Attribute or element already declared for its parent",
        "{0} '{1}' is already declared for <{2}> in namespace '{3}'; a schema cannot declare it again");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        MalformedXml, UnsupportedConstruct, UnresolvedReference, InvalidName, InvalidPattern, DuplicateDeclaration, MissingValue, UnknownDialect, AlreadyDeclared,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor Find(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string title, string message) => new(
        id,
        title,
        message,
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "See schemas/README.md for the XML Schema subset and the annotations MarkupDsl reads.");
}
