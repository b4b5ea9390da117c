namespace MarkupDsl.Generator.Model;

/// <summary>Everything generated for one dialect, with references resolved: the input of the emitters.</summary>
/// <param name="Namespace">The dialect's C# namespace.</param>
/// <param name="DocumentBase">The base class of its document classes (XML or SWML).</param>
/// <param name="Reader">The class whose <c>Parse</c> and <c>Load</c> read its documents.</param>
/// <param name="FactoryClass">The class holding one factory method per element, the patterns and the grammar.</param>
/// <param name="LibraryFactoryClass">
/// In a consumer's build, the library's factory class (<c>global::MarkupDsl.TwiML.TwiMLElements</c>), whose factories
/// make the library's elements and whose grammar the consumer's extends; null when building the library itself.
/// </param>
internal sealed record DialectModel(
    string Dialect,
    string Namespace,
    string DocumentBase,
    string Reader,
    string FactoryClass,
    EquatableArray<ElementModel> Elements,
    EquatableArray<ValueTypeModel> ValueTypes,
    EquatableArray<PatternModel> Patterns,
    EquatableArray<AttributeExtensionModel> AttributeExtensions,
    string? LibraryFactoryClass = null)
{
    /// <summary>The class whose factory makes an element: the library's for its own elements in a consumer's build.</summary>
    public string FactoryOf(ElementModel element) => element.IsLibrary ? LibraryFactoryClass! : FactoryClass;
}

/// <summary>A top-level attribute of a user's schema that a <c>With...</c> extension method sets on an existing builder.</summary>
internal sealed record AttributeExtensionModel(ParentModel Parent, AttributeModel Attribute, string SchemaFile);

/// <summary>One element declaration in one dialect, ready to emit.</summary>
/// <param name="Key">Unique in the dialect: the factory method name (<c>Stream</c>, <c>StopStream</c>).</param>
/// <param name="MethodName">The builder method that adds it: its name in PascalCase.</param>
/// <param name="BuilderClass">The class that builds its content, or null when it has no child elements.</param>
/// <param name="IsRoot">Emitted as a document class.</param>
/// <param name="HasText">Text content: a <c>text</c> parameter.</param>
/// <param name="Mixed">Text and child elements in any order: two methods, one taking text and one building content with <c>Text</c> among its calls.</param>
/// <param name="AnyAttributes">Takes a map of free-form attribute names to values.</param>
/// <param name="MinChildren">How many child elements, of any kind, its content needs.</param>
/// <param name="Parents">Builder classes outside the dialect's own content models that get an extension method adding it.</param>
/// <param name="ValueAttribute">SWML: the attribute whose bare value stands for the element when it holds nothing else.</param>
/// <param name="Json">SWML: <c>methods</c> (a nested list of methods), <c>keyed-methods</c> (an entry of a map whose values are method lists) or <c>items</c> (its parent is the array of its values).</param>
/// <param name="JsonMap">SWML: the free-form map's values are written as JSON values.</param>
/// <param name="ValueIsJson">SWML: <paramref name="ValueAttribute"/> holds any JSON value, as its text (<c>mdsl:json="any"</c>).</param>
/// <param name="IsLibrary">Declared by the library's schemas in a consumer's build: generated in the library, not again.</param>
internal sealed record ElementModel(
    string Key,
    string XmlName,
    string MethodName,
    string? BuilderClass,
    bool IsRoot,
    bool HasText,
    bool Mixed,
    bool AnyAttributes,
    int MinChildren,
    string? Documentation,
    string SchemaFile,
    EquatableArray<AttributeModel> Attributes,
    EquatableArray<ChildModel> Children,
    EquatableArray<ParentModel> Parents,
    string? ValueAttribute = null,
    bool JsonMap = false,
    string? Json = null,
    bool ValueIsJson = false,
    bool IsLibrary = false);

/// <summary>How an attribute's value is typed and checked.</summary>
internal enum AttributeKind
{
    Text,
    Pattern,
    Enumerated,
    Boolean,
    Integer,

    /// <summary>An <c>xs:decimal</c> or <c>xs:double</c>: a <c>double</c>, finite.</summary>
    Decimal,

    /// <summary>An <c>xs:list</c>: a space-separated list of items of <see cref="AttributeModel.Item"/>'s kind.</summary>
    List,
}

/// <summary>One attribute, ready to emit as a builder parameter.</summary>
/// <param name="ParameterName">The C# parameter name (escaped if it is a keyword).</param>
/// <param name="ValueType">The enumerated value type or the pattern's name, when <paramref name="Kind"/> needs one.</param>
/// <param name="Minimum">The lower bound of an integer.</param>
/// <param name="Maximum">The upper bound of an integer.</param>
/// <param name="Rule">What a pattern means, in words.</param>
/// <param name="Item">For a list, how each item is typed and checked (its own names are those of the attribute).</param>
internal sealed record AttributeModel(
    string XmlName,
    string ParameterName,
    AttributeKind Kind,
    string? ValueType,
    int Minimum,
    int Maximum,
    string? Rule,
    bool Required,
    string? Documentation,
    AttributeModel? Item = null);

/// <summary>A child element allowed in a content model, with its occurrence bounds.</summary>
internal sealed record ChildModel(string ElementKey, int MinOccurs, int MaxOccurs);

/// <summary>A builder class that an extension method attaches an element or attribute to.</summary>
/// <param name="IsDocument">A document class: what it adds goes to its <c>Root</c>.</param>
/// <param name="ElementKey">The key of the element the builder builds, whose grammar rule gains the child or attribute.</param>
internal sealed record ParentModel(string BuilderClass, bool IsDocument, string ElementKey);

/// <summary>An extensible enumerated value type (Azure SDK style); <paramref name="IsLibrary"/> when the library already has it.</summary>
internal sealed record ValueTypeModel(string Name, string? Documentation, EquatableArray<ValueTypeMember> Members, bool IsLibrary = false);

/// <summary>A known value of a <see cref="ValueTypeModel"/>.</summary>
internal sealed record ValueTypeMember(string Name, string Value, string? Documentation);

/// <summary>A pattern-restricted simple type: its <c>xs:pattern</c> values for the dialect, which XSD ORs.</summary>
/// <param name="HasField">
/// The factory class holds it, for its checks; in a consumer's build a library pattern that only describes a parameter
/// of a library element's method (for the analyzers) has none.
/// </param>
internal sealed record PatternModel(string Name, EquatableArray<string> Facets, bool HasField = true);
