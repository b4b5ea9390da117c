using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using MarkupDsl.Generator.Diagnostics;
using MarkupDsl.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Generator.Parsing;

/// <summary>
/// Reads one <c>.xsd</c> file into <see cref="SchemaFile"/> declarations. Reads only the subset described in
/// <c>schemas/README.md</c>; anything else is reported where it stands and left out.
/// </summary>
internal sealed class SchemaReader
{
    public static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    public static readonly XNamespace Mdsl = "urn:markupdsl:schema";

    /// <summary>The namespace of <c>xml:lang</c>, the one namespace a schema may import.</summary>
    public static readonly XNamespace XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private readonly string _path;
    private readonly SourceText _text;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private SchemaReader(string path, SourceText text)
    {
        _path = path;
        _text = text;
    }

    public static SchemaFile Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        text ??= SourceText.From(string.Empty);
        return new SchemaReader(path, text).Read(cancellationToken);
    }

    private SchemaFile Read(CancellationToken cancellationToken)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new System.IO.StringReader(_text.ToString()), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            Report(SchemaDiagnostics.MalformedXml, SpanAt(exception.LineNumber, exception.LinePosition, 1), exception.Message);
            return Result(SpanAt(1, 1, 0), EquatableArray<string>.Empty, new List<ElementDeclaration>(), new List<AttributeDeclaration>(), new List<SimpleTypeDeclaration>());
        }

        XElement schema = document.Root!;
        if (schema.Name != Xs + "schema")
        {
            Report(SchemaDiagnostics.UnsupportedConstruct, SpanOf(schema), schema.Name.LocalName, "the document element must be xs:schema");
            return Result(SpanOf(schema), EquatableArray<string>.Empty, new List<ElementDeclaration>(), new List<AttributeDeclaration>(), new List<SimpleTypeDeclaration>());
        }

        EquatableArray<string> dialects = Dialects(schema);
        if (dialects.Count == 0)
        {
            Report(SchemaDiagnostics.MissingValue, SpanOf(schema), "xs:schema", "mdsl:dialects");
        }

        var elements = new List<ElementDeclaration>();
        var attributes = new List<AttributeDeclaration>();
        var simpleTypes = new List<SimpleTypeDeclaration>();
        foreach (XElement child in schema.Elements())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (child.Name == Xs + "element")
            {
                if (ReadElement(child, isGlobal: true) is { } element)
                {
                    elements.Add(element);
                }
            }
            else if (child.Name == Xs + "simpleType")
            {
                if (ReadSimpleType(child) is { } simpleType)
                {
                    simpleTypes.Add(simpleType);
                }
            }
            else if (child.Name == Xs + "attribute")
            {
                if (ReadAttribute(child) is { } attribute)
                {
                    attributes.Add(attribute);
                }
            }
            else if (child.Name == Xs + "import")
            {
                // XmlSchemaSet needs the import to resolve xml:lang; the generator knows xml:lang without it.
                if ((string?)child.Attribute("namespace") != XmlNamespace.NamespaceName)
                {
                    Unsupported(child, "only the XML namespace (for xml:lang) may be imported");
                }
            }
            else if (child.Name != Xs + "annotation")
            {
                Unsupported(child, "a schema holds xs:element, xs:attribute, xs:simpleType, xs:import of the XML namespace and xs:annotation");
            }
        }

        return Result(SpanOf(schema), dialects, elements, attributes, simpleTypes);
    }

    private SchemaFile Result(SourceSpan span, EquatableArray<string> dialects, List<ElementDeclaration> elements, List<AttributeDeclaration> attributes, List<SimpleTypeDeclaration> simpleTypes) =>
        new(_path, span, dialects, elements.ToEquatableArray(), attributes.ToEquatableArray(), simpleTypes.ToEquatableArray(), _diagnostics.ToEquatableArray());

    /// <summary>The whitespace-separated dialect names of an <c>mdsl:dialects</c> attribute; empty when absent.</summary>
    private static EquatableArray<string> Dialects(XElement node, string attribute = "dialects") =>
        ((string?)node.Attribute(Mdsl + attribute) ?? string.Empty)
            .Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
            .ToEquatableArray();

    private ElementDeclaration? ReadElement(XElement node, bool isGlobal)
    {
        string? name = Required(node, "name");
        if (name is null)
        {
            return null;
        }

        bool hasText = false;
        bool mixed = false;
        bool anyAttributes = false;
        bool jsonMap = false;
        int minChildren = 0;
        var attributes = new List<AttributeDeclaration>();
        var children = new List<ChildDeclaration>();
        if ((string?)node.Attribute("type") is { } typeName)
        {
            if (ResolveType(node, typeName) is "xs:string")
            {
                hasText = true;
            }
            else
            {
                Unsupported(node.Attribute("type")!, "an element's type is xs:string or an xs:complexType written in place");
            }
        }

        foreach (XElement part in node.Elements())
        {
            if (part.Name == Xs + "complexType")
            {
                (bool text, bool isMixed, bool any, int min, bool json) = ReadComplexType(part, attributes, children);
                jsonMap |= json;
                hasText |= text;
                mixed = isMixed;
                anyAttributes |= any;
                minChildren = min;
            }
            else if (part.Name != Xs + "annotation")
            {
                Unsupported(part, "an element holds xs:annotation and xs:complexType");
            }
        }

        if (!isGlobal && (node.Attribute(Mdsl + "root") is not null))
        {
            Unsupported(node.Attribute(Mdsl + "root")!, "only a global element can be a document root");
        }

        return new ElementDeclaration(
            name,
            Dialects(node),
            (string?)node.Attribute(Mdsl + "builder"),
            isGlobal && (bool?)node.Attribute(Mdsl + "root") == true,
            Dialects(node, "parents"),
            hasText,
            mixed,
            anyAttributes,
            minChildren,
            Documentation(node),
            attributes.ToEquatableArray(),
            children.ToEquatableArray(),
            SpanOf(node),
            jsonMap,
            ElementJson(node));
    }

    /// <returns>Whether the type has text content, whether that text is mixed with child elements, whether it takes any attribute, how many children a choice requires, whether SWML writes the free-form values as JSON values.</returns>
    private (bool HasText, bool Mixed, bool AnyAttributes, int MinChildren, bool JsonMap) ReadComplexType(XElement node, List<AttributeDeclaration> attributes, List<ChildDeclaration> children)
    {
        bool anyAttributes = false;
        bool jsonMap = false;
        int minChildren = 0;
        bool mixed = (bool?)node.Attribute("mixed") == true;
        bool hasText = mixed;

        foreach (XElement part in node.Elements())
        {
            if (part.Name == Xs + "sequence" || part.Name == Xs + "choice")
            {
                minChildren = ReadGroup(part, children);
            }
            else if (part.Name == Xs + "attribute")
            {
                if (ReadAttribute(part) is { } attribute)
                {
                    attributes.Add(attribute);
                }
            }
            else if (part.Name == Xs + "simpleContent")
            {
                hasText = ReadSimpleContent(part, attributes);
            }
            else if (part.Name == Xs + "anyAttribute")
            {
                anyAttributes = true;
                jsonMap = JsonAnnotation(part, "values");
            }
            else if (part.Name != Xs + "annotation")
            {
                Unsupported(part, "a complex type holds xs:sequence, xs:choice, xs:attribute, xs:anyAttribute and xs:simpleContent");
            }
        }

        return (hasText, mixed, anyAttributes, minChildren, jsonMap);
    }

    private bool ReadSimpleContent(XElement node, List<AttributeDeclaration> attributes)
    {
        XElement? extension = node.Element(Xs + "extension");
        if (extension is null || ResolveType(extension, (string?)extension.Attribute("base") ?? string.Empty) != "xs:string")
        {
            Unsupported(node, "simple content is an xs:extension of xs:string");
            return false;
        }

        foreach (XElement part in extension.Elements())
        {
            if (part.Name == Xs + "attribute")
            {
                if (ReadAttribute(part) is { } attribute)
                {
                    attributes.Add(attribute);
                }
            }
            else if (part.Name != Xs + "annotation")
            {
                Unsupported(part, "an extension holds xs:attribute");
            }
        }

        return true;
    }

    /// <summary>
    /// Flattens a sequence or choice of element particles; the group's own occurrence bounds multiply each child's.
    /// A choice makes each branch optional and instead requires as many children, of any allowed kind (elements that
    /// users' schemas attach included), as its <c>minOccurs</c>.
    /// </summary>
    /// <returns>How many children the group requires whichever they are.</returns>
    private int ReadGroup(XElement group, List<ChildDeclaration> children)
    {
        (int groupMin, int groupMax) = Occurrence(group);
        bool isChoice = group.Name == Xs + "choice";
        var particles = group.Elements().Where(e => e.Name != Xs + "annotation").ToList();
        foreach (XElement particle in particles)
        {
            if (particle.Name != Xs + "element")
            {
                Unsupported(particle, "a sequence or choice holds xs:element particles");
                continue;
            }

            (int min, int max) = Occurrence(particle);
            min = isChoice ? 0 : Multiply(min, groupMin);
            max = Multiply(max, groupMax);
            if ((string?)particle.Attribute("ref") is { } reference)
            {
                children.Add(new ChildDeclaration(reference, null, Dialects(particle), min, max, SpanOf(particle)));
            }
            else if (ReadElement(particle, isGlobal: false) is { } local)
            {
                children.Add(new ChildDeclaration(null, local, local.Dialects, min, max, SpanOf(particle)));
            }
        }

        return isChoice ? groupMin : 0;
    }

    /// <summary>An element's <c>mdsl:json</c>: <c>methods</c>, <c>keyed-methods</c> or <c>items</c>; another value is reported.</summary>
    private string? ElementJson(XElement node)
    {
        if (node.Attribute(Mdsl + "json") is not { } json)
        {
            return null;
        }

        if (json.Value is not ("methods" or "keyed-methods" or "items"))
        {
            Unsupported(json, "mdsl:json on xs:element is \"methods\", \"keyed-methods\" or \"items\"");
            return null;
        }

        // A keyed entry is written under its first attribute's value, so it needs one that is always there.
        XElement? key = node.Element(Xs + "complexType")?.Element(Xs + "attribute");
        if (json.Value == "keyed-methods" && (string?)key?.Attribute("use") != "required")
        {
            Unsupported(json, "mdsl:json=\"keyed-methods\" needs a first xs:attribute with use=\"required\", the entry's key");
            return null;
        }

        return json.Value;
    }

    /// <summary>Whether <c>mdsl:json</c> is <paramref name="allowed"/>, the one value it takes on this construct; another value is reported.</summary>
    private bool JsonAnnotation(XElement node, string allowed)
    {
        if (node.Attribute(Mdsl + "json") is not { } json)
        {
            return false;
        }

        if (json.Value != allowed)
        {
            Unsupported(json, $"mdsl:json on {node.Name.LocalName} is \"{allowed}\"");
            return false;
        }

        return true;
    }

    private AttributeDeclaration? ReadAttribute(XElement node)
    {
        (string Name, string Type)? declared = (string?)node.Attribute("ref") is { } reference
            ? ReadXmlAttributeReference(node, reference)
            : ReadNamedAttribute(node);
        string use = (string?)node.Attribute("use") ?? "optional";
        string? json = AttributeJson(node);
        return declared is not { } attribute || use == "prohibited"
            ? null
            : new AttributeDeclaration(attribute.Name, attribute.Type, use == "required", Dialects(node), Dialects(node, "required"), Dialects(node, "parents"), Documentation(node), SpanOf(node), json is not null, json == "any");
    }

    /// <summary>An attribute's <c>mdsl:json</c>: <c>value</c> (the method's bare value) or <c>any</c> (a bare value of any JSON type); another value is reported.</summary>
    private string? AttributeJson(XElement node)
    {
        if (node.Attribute(Mdsl + "json") is not { } json)
        {
            return null;
        }

        if (json.Value is not ("value" or "any"))
        {
            Unsupported(json, "mdsl:json on xs:attribute is \"value\" or \"any\"");
            return null;
        }

        return json.Value;
    }

    /// <summary>The name and resolved type of <c>&lt;xs:attribute name="..." type="..."/&gt;</c>.</summary>
    private (string Name, string Type)? ReadNamedAttribute(XElement node)
    {
        string? name = Required(node, "name");
        if (name is null)
        {
            return null;
        }

        if (node.Element(Xs + "simpleType") is { } inline)
        {
            Unsupported(inline, "an attribute's type is named: declare the xs:simpleType at the top level");
            return null;
        }

        return Required(node, "type") is { } type ? (name, ResolveType(node, type)) : null;
    }

    /// <summary>
    /// The name and type of <c>&lt;xs:attribute ref="xml:lang" mdsl:type="..."/&gt;</c>: an attribute of the XML
    /// namespace, typed by <c>mdsl:type</c> (XSD types it in the imported schema, where per-dialect values cannot go).
    /// </summary>
    private (string Name, string Type)? ReadXmlAttributeReference(XElement node, string reference)
    {
        int colon = reference.IndexOf(':');
        XNamespace? ns = colon < 0 ? null : node.GetNamespaceOfPrefix(reference.Substring(0, colon));
        if (ns != XmlNamespace)
        {
            Unsupported(node.Attribute("ref")!, "an attribute reference names an attribute of the XML namespace, such as xml:lang");
            return null;
        }

        string type = (string?)node.Attribute(Mdsl + "type") is { } mdslType ? ResolveType(node, mdslType) : "xs:string";
        return ("xml:" + reference.Substring(colon + 1), type);
    }

    private SimpleTypeDeclaration? ReadSimpleType(XElement node)
    {
        string? name = Required(node, "name");
        XElement? restriction = node.Element(Xs + "restriction");
        if (name is null)
        {
            return null;
        }

        if (node.Element(Xs + "list") is { } list)
        {
            string? itemType = Required(list, "itemType");
            return itemType is null
                ? null
                : new SimpleTypeDeclaration(name, Dialects(node), Documentation(node), null, EquatableArray<EnumerationValue>.Empty, EquatableArray<PatternValue>.Empty, null, null, ResolveType(list, itemType), SpanOf(node), DialectDocumentation(node));
        }

        if (restriction is null)
        {
            Unsupported(node, "a simple type is an xs:restriction or an xs:list");
            return null;
        }

        int? minimum = null;
        int? maximum = null;

        var values = new List<EnumerationValue>();
        var patterns = new List<PatternValue>();
        foreach (XElement facet in restriction.Elements())
        {
            if (facet.Name == Xs + "enumeration")
            {
                values.Add(new EnumerationValue(
                    (string?)facet.Attribute("value") ?? string.Empty,
                    (string?)facet.Attribute(Mdsl + "member"),
                    Dialects(facet),
                    Documentation(facet)));
            }
            else if (facet.Name == Xs + "pattern")
            {
                if (Required(facet, "value") is { } pattern)
                {
                    patterns.Add(new PatternValue(pattern, Dialects(facet), SpanOf(facet)));
                }
            }
            else if (facet.Name == Xs + "minInclusive" || facet.Name == Xs + "maxInclusive")
            {
                if (!int.TryParse((string?)facet.Attribute("value"), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int bound))
                {
                    Unsupported(facet, "a bound is a whole number");
                }
                else if (facet.Name.LocalName == "minInclusive")
                {
                    minimum = bound;
                }
                else
                {
                    maximum = bound;
                }
            }
            else if (facet.Name != Xs + "annotation")
            {
                Unsupported(facet, "a restriction holds xs:enumeration, xs:pattern, xs:minInclusive or xs:maxInclusive facets");
            }
        }

        if (values.Count > 0 && patterns.Count > 0)
        {
            Unsupported(restriction, "a restriction holds either enumerations or a pattern, not both");
            return null;
        }

        return new SimpleTypeDeclaration(
            name,
            Dialects(node),
            Documentation(node),
            ResolveType(restriction, (string?)restriction.Attribute("base") ?? "xs:string"),
            values.ToEquatableArray(),
            patterns.ToEquatableArray(),
            minimum,
            maximum,
            null,
            SpanOf(node),
            DialectDocumentation(node));
    }

    /// <summary>Turns a QName into <c>xs:local</c> for built-in types, whatever prefix the file binds, or the local name.</summary>
    private static string ResolveType(XElement scope, string qualifiedName)
    {
        int colon = qualifiedName.IndexOf(':');
        string prefix = colon < 0 ? string.Empty : qualifiedName.Substring(0, colon);
        string local = qualifiedName.Substring(colon + 1);
        XNamespace? ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        return ns == Xs ? "xs:" + local : local;
    }

    private (int Min, int Max) Occurrence(XElement node)
    {
        int min = 1;
        int max = 1;
        if (node.Attribute("minOccurs") is { } minAttribute && !int.TryParse(minAttribute.Value, out min))
        {
            Unsupported(minAttribute, "minOccurs is a whole number");
        }

        if (node.Attribute("maxOccurs") is { } maxAttribute)
        {
            if (maxAttribute.Value == "unbounded")
            {
                max = int.MaxValue;
            }
            else if (!int.TryParse(maxAttribute.Value, out max))
            {
                Unsupported(maxAttribute, "maxOccurs is a whole number or unbounded");
            }
        }

        return (min, max);
    }

    private static int Multiply(int a, int b) => a == 0 || b == 0 ? 0 : (a == int.MaxValue || b == int.MaxValue ? int.MaxValue : a * b);

    /// <summary>The first <c>xs:documentation</c> that applies to every dialect (no <c>mdsl:dialects</c>), white space collapsed.</summary>
    private static string? Documentation(XElement node) =>
        node.Element(Xs + "annotation")?.Elements(Xs + "documentation").FirstOrDefault(d => d.Attribute(Mdsl + "dialects") is null) is { } documentation
            ? Collapse(documentation.Value)
            : null;

    /// <summary>The <c>xs:documentation</c>s that <c>mdsl:dialects</c> narrows to some dialects.</summary>
    private EquatableArray<DialectText> DialectDocumentation(XElement node) =>
        (node.Element(Xs + "annotation")?.Elements(Xs + "documentation") ?? Enumerable.Empty<XElement>())
            .Where(d => d.Attribute(Mdsl + "dialects") is not null)
            .Select(d => new DialectText(Dialects(d), Collapse(d.Value), SpanOf(d)))
            .ToEquatableArray();

    private static string Collapse(string text) => string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));

    private string? Required(XElement node, string attribute)
    {
        if ((string?)node.Attribute(attribute) is { Length: > 0 } value)
        {
            return value;
        }

        Report(SchemaDiagnostics.MissingValue, SpanOf(node), "xs:" + node.Name.LocalName, attribute);
        return null;
    }

    private void Unsupported(XObject node, string rule)
    {
        string name = node switch
        {
            XElement element => "xs:" + element.Name.LocalName,
            XAttribute attribute => attribute.Name.LocalName,
            _ => node.ToString(),
        };
        Report(SchemaDiagnostics.UnsupportedConstruct, SpanOf(node), name, rule);
    }

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, span, arguments.ToEquatableArray()));

    /// <summary>The span of an element's start tag name, from its <c>&lt;</c>, or of an attribute's name.</summary>
    private SourceSpan SpanOf(XObject node)
    {
        var info = (IXmlLineInfo)node;
        return node switch
        {
            XElement element => SpanAt(info.LineNumber, info.LinePosition - 1, 1 + element.Name.LocalName.Length + (element.GetPrefixOfNamespace(element.Name.Namespace)?.Length + 1 ?? 0)),
            XAttribute attribute => SpanAt(info.LineNumber, info.LinePosition, attribute.Name.LocalName.Length),
            _ => SpanAt(info.LineNumber, info.LinePosition, 1),
        };
    }

    /// <summary>Builds a span from XML's one-based line and column.</summary>
    private SourceSpan SpanAt(int line, int column, int length)
    {
        int lineIndex = Math.Max(0, Math.Min(line - 1, _text.Lines.Count - 1));
        TextLine textLine = _text.Lines[lineIndex];
        int columnIndex = Math.Max(0, Math.Min(column - 1, textLine.End - textLine.Start));
        int start = textLine.Start + columnIndex;
        length = Math.Max(0, Math.Min(length, textLine.End - start));
        return new SourceSpan(_path, start, length, lineIndex, columnIndex, lineIndex, columnIndex + length);
    }
}
