namespace MarkupDsl.Generator.Model;

/// <summary>What one schema file declares, as read, before references between files are resolved.</summary>
internal sealed record SchemaFile(
    string FilePath,
    string? Namespace,
    EquatableArray<ElementDeclaration> Elements,
    EquatableArray<SimpleTypeDeclaration> SimpleTypes,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>An <c>xs:element</c> with its type written in place.</summary>
/// <param name="Name">The XML name.</param>
/// <param name="BuilderName">The class name from <c>mdsl:builder</c>, if given.</param>
/// <param name="IsRoot"><c>mdsl:root="true"</c>: a document root.</param>
/// <param name="HasText">Text content (<c>xs:simpleContent</c> extending <c>xs:string</c>).</param>
internal sealed record ElementDeclaration(
    string Name,
    string? BuilderName,
    bool IsRoot,
    bool HasText,
    string? Documentation,
    EquatableArray<AttributeDeclaration> Attributes,
    EquatableArray<ChildDeclaration> Children,
    SourceSpan Span);

/// <summary>An <c>xs:attribute</c>.</summary>
/// <param name="Type">The type's name as written, for example <c>xs:string</c> or <c>StreamUrl</c>.</param>
internal sealed record AttributeDeclaration(
    string Name,
    string Type,
    bool Required,
    string? Documentation,
    SourceSpan Span);

/// <summary>A particle of a content model: a reference to a global element or a local declaration.</summary>
/// <param name="MaxOccurs">The most allowed; <see cref="int.MaxValue"/> for <c>unbounded</c>.</param>
internal sealed record ChildDeclaration(
    string? Reference,
    ElementDeclaration? Local,
    int MinOccurs,
    int MaxOccurs,
    SourceSpan Span);

/// <summary>A named <c>xs:simpleType</c> restricting a built-in type with enumerations or a pattern.</summary>
internal sealed record SimpleTypeDeclaration(
    string Name,
    string BaseType,
    string? Documentation,
    EquatableArray<EnumerationValue> Values,
    string? Pattern,
    SourceSpan Span);

/// <summary>An <c>xs:enumeration</c>: the wire value, an optional <c>mdsl:member</c> name and its documentation.</summary>
internal sealed record EnumerationValue(string Value, string? MemberName, string? Documentation);
