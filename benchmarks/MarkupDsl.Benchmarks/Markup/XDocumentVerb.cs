using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml.Linq;

namespace MarkupDsl.Benchmarks.Markup;

/// <summary>
/// The baseline of the render benchmarks: an <see cref="XDocument"/>-based TwiML builder, built the way the most used
/// C# TwiML library (twilio-csharp's <c>Twilio.TwiML.TwiML</c> base class) works. Verbs are plain objects holding
/// their name, attributes, text and children; <see cref="ToString"/> turns them into an <see cref="XElement"/> tree
/// under an <see cref="XDocument"/> with its declaration and saves that through an <c>XmlWriter</c> into a
/// <see cref="StringWriter"/> that reports UTF-8.
/// </summary>
/// <remarks>
/// twilio-csharp is not served by this machine's package registry, so the benchmarks carry this stand-in of its
/// rendering path. It saves without indentation (<see cref="SaveOptions.DisableFormatting"/>), so that both sides
/// write the same text; twilio-csharp's default indents, which costs it more.
/// </remarks>
internal sealed class XDocumentVerb
{
    private readonly string _name;
    private readonly string? _text;
    private readonly List<KeyValuePair<string, string>> _attributes = new();
    private readonly List<XDocumentVerb> _children = new();

    public XDocumentVerb(string name, string? text = null)
    {
        _name = name;
        _text = text;
    }

    /// <summary>Sets an attribute; returns this verb.</summary>
    public XDocumentVerb Attribute(string name, string value)
    {
        _attributes.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>Appends a child; returns this verb.</summary>
    public XDocumentVerb Append(XDocumentVerb child)
    {
        _children.Add(child);
        return this;
    }

    /// <summary>The document: declaration and element tree, as the library's <c>ToString()</c> makes it.</summary>
    public override string ToString()
    {
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), ToXElement());
        var writer = new Utf8StringWriter();
        document.Save(writer, SaveOptions.DisableFormatting);
        return writer.GetStringBuilder().ToString();
    }

    private XElement ToXElement()
    {
        var element = _text is null ? new XElement(_name) : new XElement(_name, _text);
        foreach (KeyValuePair<string, string> attribute in _attributes)
        {
            element.Add(new XAttribute(attribute.Key, attribute.Value));
        }

        foreach (XDocumentVerb child in _children)
        {
            element.Add(child.ToXElement());
        }

        return element;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
