using System.Buffers;

namespace MarkupDsl.Markup;

/// <summary>
/// The base of TwiML, TeXML and cXML documents: written as an XML document, declaration first
/// (<c>&lt;?xml version="1.0" encoding="UTF-8"?&gt;</c>), content type <c>text/xml; charset=utf-8</c>.
/// </summary>
public abstract class XmlMarkupDocument : MarkupDocument
{
    /// <summary>Creates a document over its root element.</summary>
    /// <param name="root">The document element.</param>
    protected XmlMarkupDocument(MarkupElement root)
        : base(root)
    {
    }

    /// <inheritdoc/>
    public override string ContentType => "text/xml; charset=utf-8";

    /// <inheritdoc/>
    protected override void Write(IBufferWriter<byte> utf8Writer, bool indented) => XmlMarkupWriter.Write(Root, utf8Writer, indented);

    /// <inheritdoc/>
    protected override string WriteString(bool indented) => XmlMarkupWriter.ToString(Root, indented);
}
