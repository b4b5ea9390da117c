using System.Linq;

namespace MarkupDsl.Generator.Model;

/// <summary>What one schema file declares, as read, before references between files are resolved.</summary>
/// <param name="Dialects">The file's <c>mdsl:dialects</c>: the dialects its declarations belong to unless they say otherwise.</param>
/// <param name="Attributes">Top-level attributes, which <c>mdsl:parents</c> attaches to existing builders.</param>
/// <param name="Span">Where the <c>xs:schema</c> element is.</param>
/// <param name="IsLibrary">One of the library's own schemas, read in a consumer's build: referenced, never emitted.</param>
internal sealed record SchemaFile(
    string FilePath,
    SourceSpan Span,
    EquatableArray<string> Dialects,
    EquatableArray<ElementDeclaration> Elements,
    EquatableArray<AttributeDeclaration> Attributes,
    EquatableArray<SimpleTypeDeclaration> SimpleTypes,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool IsLibrary = false);

/// <summary>An <c>xs:element</c> with its type written in place.</summary>
/// <param name="Name">The XML name.</param>
/// <param name="Dialects">The dialects that have it; empty means those of the enclosing declaration.</param>
/// <param name="BuilderName">The class name from <c>mdsl:builder</c>, if given.</param>
/// <param name="IsRoot"><c>mdsl:root="true"</c>: a document root.</param>
/// <param name="Parents">From <c>mdsl:parents</c>: builder classes, possibly in another assembly, that get a method adding this element.</param>
/// <param name="HasText">Text content (<c>xs:simpleContent</c> extending <c>xs:string</c>, or mixed content).</param>
/// <param name="Mixed"><c>mixed="true"</c>: text interleaved with the child elements, in any order.</param>
/// <param name="AnyAttributes"><c>xs:anyAttribute</c>: a map of free-form names to values.</param>
/// <param name="MinChildren">How many child elements a required <c>xs:choice</c> needs, whichever they are.</param>
/// <param name="Json">
/// <c>mdsl:json</c>: <c>methods</c>, a list of the methods the document root takes (its children are the root's);
/// <c>keyed-methods</c>, an entry of a map whose values are method lists, keyed by its first attribute;
/// <c>items</c>, its parent is written as the array of its values.
/// </param>
/// <param name="JsonMap"><c>mdsl:json="values"</c> on its <c>xs:anyAttribute</c>: SWML writes the map's values as JSON values.</param>
internal sealed record ElementDeclaration(
    string Name,
    EquatableArray<string> Dialects,
    string? BuilderName,
    bool IsRoot,
    EquatableArray<string> Parents,
    bool HasText,
    bool Mixed,
    bool AnyAttributes,
    int MinChildren,
    string? Documentation,
    EquatableArray<AttributeDeclaration> Attributes,
    EquatableArray<ChildDeclaration> Children,
    SourceSpan Span,
    bool JsonMap = false,
    string? Json = null);

/// <summary>An <c>xs:attribute</c>.</summary>
/// <param name="Name">The name as written; <c>xml:lang</c> for a reference to the XML namespace's attribute.</param>
/// <param name="Type">The type's name as written, for example <c>xs:string</c> or <c>StreamUrl</c> (for <c>xml:lang</c>, its <c>mdsl:type</c>).</param>
/// <param name="RequiredIn">From <c>mdsl:required</c>: dialects where it is required although XSD's union says optional.</param>
/// <param name="Parents">From <c>mdsl:parents</c> on a top-level attribute: the builder classes that get a method setting it.</param>
/// <param name="IsJsonValue"><c>mdsl:json="value"</c> or <c>"any"</c>: SWML writes the element as this attribute's bare value when it holds nothing else.</param>
/// <param name="IsJsonAny"><c>mdsl:json="any"</c>: the value is any JSON value, held as its JSON text (<c>return</c>).</param>
internal sealed record AttributeDeclaration(
    string Name,
    string Type,
    bool Required,
    EquatableArray<string> Dialects,
    EquatableArray<string> RequiredIn,
    EquatableArray<string> Parents,
    string? Documentation,
    SourceSpan Span,
    bool IsJsonValue = false,
    bool IsJsonAny = false);

/// <summary>A particle of a content model: a reference to a global element or a local declaration.</summary>
/// <param name="MaxOccurs">The most allowed; <see cref="int.MaxValue"/> for <c>unbounded</c>.</param>
internal sealed record ChildDeclaration(
    string? Reference,
    ElementDeclaration? Local,
    EquatableArray<string> Dialects,
    int MinOccurs,
    int MaxOccurs,
    SourceSpan Span);

/// <summary>
/// A named <c>xs:simpleType</c>: a restriction of a built-in type with enumerations, patterns or integer bounds, or
/// an <c>xs:list</c> of another type.
/// </summary>
/// <param name="Dialects">The dialects that have it; empty means those of the file.</param>
/// <param name="Base">The restriction's base, resolved as <c>xs:local</c> for built-in types; null for a list.</param>
/// <param name="Minimum">An integer restriction's <c>xs:minInclusive</c>, if given.</param>
/// <param name="Maximum">An integer restriction's <c>xs:maxInclusive</c>, if given.</param>
/// <param name="ListItemType">An <c>xs:list</c>'s <c>itemType</c>; null for a restriction.</param>
/// <param name="DialectDocumentation">
/// The <c>xs:documentation</c>s narrowed by <c>mdsl:dialects</c>: a dialect's own wording of the rule (its provider's
/// error or page); <paramref name="Documentation"/> is the one without, for the other dialects.
/// </param>
internal sealed record SimpleTypeDeclaration(
    string Name,
    EquatableArray<string> Dialects,
    string? Documentation,
    string? Base,
    EquatableArray<EnumerationValue> Values,
    EquatableArray<PatternValue> Patterns,
    int? Minimum,
    int? Maximum,
    string? ListItemType,
    SourceSpan Span,
    EquatableArray<DialectText> DialectDocumentation = default)
{
    /// <summary>The documentation a dialect reads: its own, else the one for every dialect.</summary>
    public string? DocumentationIn(string dialect) =>
        DialectDocumentation.FirstOrDefault(text => text.Dialects.Contains(dialect))?.Text ?? Documentation;
}

/// <summary>A text that applies to some dialects only, and where it is written.</summary>
internal sealed record DialectText(EquatableArray<string> Dialects, string Text, SourceSpan Span);

/// <summary>An <c>xs:enumeration</c>: the wire value, an optional <c>mdsl:member</c> name, its dialects and documentation.</summary>
internal sealed record EnumerationValue(string Value, string? MemberName, EquatableArray<string> Dialects, string? Documentation);

/// <summary>An <c>xs:pattern</c> and the dialects it applies to (XSD ORs the patterns of one restriction).</summary>
internal sealed record PatternValue(string Value, EquatableArray<string> Dialects, SourceSpan Span);
