using System.Collections.Immutable;
using MarkupDsl.Generator.Binding;
using MarkupDsl.Generator.Model;
using MarkupDsl.Generator.Parsing;
using MarkupDsl.Markup;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Tool.Lint;

/// <summary>
/// <c>lint --schemas</c>: reads users' schema files with the generator's own reader and binder, bound with the library's
/// schemas as in the users' builds, and turns what they declare into the grammar rules the generator would emit, so
/// that documents are checked against the library's schemas plus theirs. The library's grammars are left as they are.
/// </summary>
internal static class SchemaGrammar
{
    /// <summary>Reads every <c>.xsd</c> file under the folders and prints their problems compiler-style.</summary>
    /// <param name="folders">The users' schema folders, searched recursively.</param>
    /// <param name="library">The library's grammar of a dialect, by its <c>mdsl:dialects</c> name.</param>
    /// <param name="output">Receives one line per schema problem (MDSL100-108, located in the <c>.xsd</c> file).</param>
    /// <returns>The extended grammar of each dialect the schemas add to, and how many problems were printed.</returns>
    public static (IReadOnlyDictionary<string, MarkupGrammar> Grammars, int Errors) Load(IEnumerable<string> folders, Func<string, MarkupGrammar> library, TextWriter output)
    {
        ImmutableArray<SchemaFile> files = folders
            .SelectMany(folder => Directory.GetFiles(folder, "*.xsd", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => SchemaReader.Read(path, SourceText.From(File.ReadAllText(path)), CancellationToken.None))
            .ToImmutableArray();
        BindResult bound = SchemaBinder.Bind(files, LibrarySchemas.All);

        var problems = files.SelectMany(file => file.Diagnostics).Concat(bound.Diagnostics).Distinct().ToList();
        foreach (DiagnosticInfo problem in problems)
        {
            output.WriteLine(problem.ToDiagnostic().ToString());
        }

        return (bound.Dialects.ToDictionary(ns => ns.Dialect, ns => library(ns.Dialect).Extended(Extension(ns))), problems.Count);
    }

    // The rules GrammarEmitter writes for a consumer's build, made here as objects.
    private static MarkupGrammarExtension Extension(DialectModel ns)
    {
        var elements = ns.Elements.ToDictionary(e => e.Key);
        var patterns = ns.Patterns.ToDictionary(p => p.Name, p => new MarkupPattern([.. p.Facets]));
        bool json = ns.DocumentBase == Generator.Model.Dialect.SwmlDocument;

        AttributeRule Attribute(ElementModel element, AttributeModel attribute)
        {
            Func<string, string, string, string> check = Checker(attribute, patterns);
            string[]? known = ns.ValueTypes.FirstOrDefault(t => t.Name == (attribute.Item ?? attribute).ValueType) is { Members.Count: > 0 } type && (attribute.Item ?? attribute).Kind == AttributeKind.Enumerated
                ? [.. type.Members.Select(m => m.Value)]
                : null;
            return new AttributeRule(attribute.XmlName, attribute.Required, value => check(value, attribute.XmlName, element.XmlName), attribute.Kind == AttributeKind.List, known, json ? JsonType(element, attribute) : MarkupJsonType.String);
        }

        ElementRule Rule(ElementModel element) => new(
            element.Key,
            element.XmlName,
            element.HasText,
            element.AnyAttributes,
            element.MinChildren,
            element.Mixed,
            [.. element.Attributes.Select(a => Attribute(element, a))],
            [.. element.Children.Select(c => new ChildRule(elements[c.ElementKey].XmlName, c.ElementKey, c.MinOccurs, c.MaxOccurs))],
            element.ValueAttribute,
            element.JsonMap,
            Methods: element.Json == "methods",
            Items: element.Json == "items",
            Keyed: element.Json == "keyed-methods");

        List<ElementModel> own = [.. ns.Elements.Where(e => !e.IsLibrary)];
        return new MarkupGrammarExtension(
            elements: own.Select(Rule),
            attributes: ns.AttributeExtensions.Select(x => KeyValuePair.Create(x.Parent.ElementKey, Attribute(elements[x.Parent.ElementKey], x.Attribute))),
            children: own.SelectMany(e => e.Parents.Select(p => KeyValuePair.Create(p.ElementKey, new ChildRule(e.XmlName, e.Key, 0, int.MaxValue)))));
    }

    // The check BuilderEmitter.Check writes for a value read as text: (value, attribute, element) -> the value, or ArgumentException.
    private static Func<string, string, string, string> Checker(AttributeModel attribute, Dictionary<string, MarkupPattern> patterns) => attribute.Kind switch
    {
        AttributeKind.Pattern => (value, name, element) => MarkupValidation.Pattern(value, patterns[attribute.ValueType!], name, element, attribute.Rule!),
        AttributeKind.Enumerated => MarkupValidation.NotEmpty,
        AttributeKind.Boolean => MarkupValidation.BooleanText,
        AttributeKind.Decimal => MarkupValidation.DecimalText,
        AttributeKind.Integer => (value, name, element) => MarkupValidation.IntegerText(value, attribute.Minimum, attribute.Maximum, name, element),
        AttributeKind.List => (value, name, element) => MarkupValidation.ListText(value, Checker(attribute.Item!, patterns), name, element),
        _ => MarkupValidation.Text,
    };

    // SWML's JSON type of an attribute, as GrammarEmitter gives it.
    private static MarkupJsonType JsonType(ElementModel element, AttributeModel attribute) => attribute.Kind switch
    {
        _ when element.ValueIsJson && attribute.XmlName == element.ValueAttribute => MarkupJsonType.Any,
        AttributeKind.Boolean => MarkupJsonType.Boolean,
        AttributeKind.Integer or AttributeKind.Decimal => MarkupJsonType.Number,
        AttributeKind.List => MarkupJsonType.Array,
        _ => MarkupJsonType.String,
    };
}
