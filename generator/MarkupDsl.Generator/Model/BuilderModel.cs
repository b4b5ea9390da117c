namespace MarkupDsl.Generator.Model;

/// <summary>Everything generated into one C# namespace, with references resolved: the input of the emitters.</summary>
/// <param name="FactoryClass">The internal class holding one factory method per element.</param>
internal sealed record NamespaceModel(
    string Namespace,
    string FactoryClass,
    EquatableArray<ElementModel> Elements,
    EquatableArray<ValueTypeModel> ValueTypes,
    EquatableArray<PatternModel> Patterns);

/// <summary>One element declaration, ready to emit.</summary>
/// <param name="Key">Unique in the namespace: the factory method name (<c>Stream</c>, <c>StopStream</c>).</param>
/// <param name="BuilderClass">The class that builds its content, or null when it has no child elements.</param>
/// <param name="IsRoot">Emitted as a document class deriving from <c>MarkupDocument</c>.</param>
internal sealed record ElementModel(
    string Key,
    string XmlName,
    string? BuilderClass,
    bool IsRoot,
    bool HasText,
    string? Documentation,
    string SchemaFile,
    EquatableArray<AttributeModel> Attributes,
    EquatableArray<ChildModel> Children);

/// <summary>How an attribute's value is typed and checked.</summary>
internal enum AttributeKind
{
    Text,
    Pattern,
    Enumerated,
    Boolean,
    Integer,
}

/// <summary>One attribute, ready to emit as a builder parameter.</summary>
/// <param name="ParameterName">The C# parameter name (escaped if it is a keyword).</param>
/// <param name="ValueType">The enumerated value type or the pattern's name, when <paramref name="Kind"/> needs one.</param>
/// <param name="Minimum">The lower bound of an integer.</param>
/// <param name="Rule">What a pattern means, in words.</param>
internal sealed record AttributeModel(
    string XmlName,
    string ParameterName,
    AttributeKind Kind,
    string? ValueType,
    int Minimum,
    string? Rule,
    bool Required,
    string? Documentation);

/// <summary>A child element allowed in a content model, with its occurrence bounds.</summary>
internal sealed record ChildModel(string ElementKey, int MinOccurs, int MaxOccurs);

/// <summary>An extensible enumerated value type (Azure SDK style).</summary>
internal sealed record ValueTypeModel(string Name, string? Documentation, EquatableArray<ValueTypeMember> Members);

/// <summary>A known value of a <see cref="ValueTypeModel"/>.</summary>
internal sealed record ValueTypeMember(string Name, string Value, string? Documentation);

/// <summary>A pattern-restricted simple type: the .NET regex, anchored at both ends.</summary>
internal sealed record PatternModel(string Name, string Regex);
