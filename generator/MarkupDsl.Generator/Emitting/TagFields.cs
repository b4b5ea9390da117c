using System.Collections.Generic;
using System.Linq;
using MarkupDsl.Generator.Model;

namespace MarkupDsl.Generator.Emitting;

/// <summary>
/// The <c>MarkupName</c> fields of a dialect's factory class: one per distinct element name and one per distinct
/// attribute name, so that every tag is rendered once, when the class initialises, and copied whole when written.
/// </summary>
internal sealed class TagFields
{
    private readonly Dictionary<string, string> _elements = new();
    private readonly Dictionary<string, string> _attributes = new();
    private readonly HashSet<string> _taken = new();
    private readonly List<(string XmlName, string Field)> _declared = new();

    public TagFields(DialectModel ns)
    {
        foreach (ElementModel element in ns.Elements.Where(e => !e.IsLibrary))
        {
            Add(_elements, element.XmlName, "Element");
            foreach (AttributeModel attribute in element.Attributes)
            {
                Add(_attributes, attribute.XmlName, "Attribute");
            }
        }
    }

    /// <summary>The field holding an element name.</summary>
    public string Element(string xmlName) => _elements[xmlName];

    /// <summary>The field holding an attribute name.</summary>
    public string Attribute(string xmlName) => _attributes[xmlName];

    /// <summary>Declares every field, in the order the names are first met.</summary>
    public void Emit(SourceWriter w)
    {
        w.Template($$"""
            {{SourceWriter.Lines(_declared, d => $"private static readonly global::MarkupDsl.Markup.MarkupName {d.Field} = new global::MarkupDsl.Markup.MarkupName({Naming.Literal(d.XmlName)});")}}

            """);
    }

    // PascalCase and the kind, numbered where two names differ only in what PascalCase drops (case, separators).
    private void Add(Dictionary<string, string> fields, string xmlName, string kind)
    {
        if (fields.ContainsKey(xmlName))
        {
            return;
        }

        string field = Naming.Pascal(xmlName) + kind;
        for (int i = 2; !_taken.Add(field); i++)
        {
            field = Naming.Pascal(xmlName) + kind + i;
        }

        fields.Add(xmlName, field);
        _declared.Add((xmlName, field));
    }
}
