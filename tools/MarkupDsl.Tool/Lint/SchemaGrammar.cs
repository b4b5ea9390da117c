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

    /// <summary>The rules GrammarEmitter writes for a consumer's build, made here as objects from the same <see cref="GrammarRules"/>.</summary>
    internal static MarkupGrammarExtension Extension(DialectModel ns)
    {
        var elements = ns.Elements.ToDictionary(e => e.Key);
        var patterns = ns.Patterns.ToDictionary(p => p.Name, p => new MarkupPattern([.. p.Facets]));
        bool json = GrammarRules.IsJson(ns);

        AttributeRule Attribute(ElementModel element, AttributeModel attribute)
        {
            Func<string, string, string, string> check = Checker(attribute, patterns);
            return new AttributeRule(
                attribute.XmlName,
                attribute.Required,
                value => check(value, attribute.XmlName, element.XmlName),
                GrammarRules.IsList(attribute),
                GrammarRules.KnownValues(ns, attribute)?.ToArray(),
                json ? JsonType(GrammarRules.JsonType(element, attribute)) : MarkupJsonType.String);
        }

        ElementRule Rule(ElementModel element)
        {
            JsonShape shape = GrammarRules.ShapeOf(ns, element);
            return new(
                element.Key,
                element.XmlName,
                element.HasText,
                element.AnyAttributes,
                element.MinChildren,
                element.Mixed,
                [.. element.Attributes.Select(a => Attribute(element, a))],
                [.. GrammarRules.Children(element, elements).Select(Child)],
                shape.ValueAttribute,
                shape.JsonMap,
                shape.Methods,
                shape.Items,
                shape.Keyed);
        }

        return new MarkupGrammarExtension(
            elements: GrammarRules.OwnElements(ns).Select(Rule),
            attributes: ns.AttributeExtensions.Select(x => KeyValuePair.Create(x.Parent.ElementKey, Attribute(elements[x.Parent.ElementKey], x.Attribute))),
            children: GrammarRules.AttachedChildren(ns).Select(x => KeyValuePair.Create(x.ParentKey, Child(x.Child))));
    }

    private static ChildRule Child(ChildShape child) => new(child.Name, child.Key, child.MinOccurs, child.MaxOccurs);

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

    private static MarkupJsonType JsonType(JsonValueType type) => type switch
    {
        JsonValueType.Boolean => MarkupJsonType.Boolean,
        JsonValueType.Number => MarkupJsonType.Number,
        JsonValueType.Array => MarkupJsonType.Array,
        JsonValueType.Any => MarkupJsonType.Any,
        _ => MarkupJsonType.String,
    };
}
