using System.Linq;

namespace MarkupDsl.Generator.Model;

/// <summary>
/// A markup dialect the schemas' <c>mdsl:dialects</c> annotations may name, with the C# namespace its builders go
/// to, the base class of its documents (which decides XML or SWML output) and the reader that parses them.
/// </summary>
internal sealed record Dialect(string Name, string Namespace, string DocumentBase, string Reader)
{
    private const string Xml = "global::MarkupDsl.Markup.XmlMarkupDocument";
    private const string XmlReader = "global::MarkupDsl.Markup.XmlMarkupReader";
    /// <summary>The base class of SWML documents, whose grammar also carries the JSON shape.</summary>
    public const string SwmlDocument = "global::MarkupDsl.Markup.SwmlMarkupDocument";
    private const string SwmlReader = "global::MarkupDsl.Markup.SwmlMarkupReader";

    /// <summary>TwiML (Twilio voice), TwiML Messaging (its own <c>&lt;Response&gt;</c>), TeXML (Telnyx), cXML (SignalWire LaML) with its messaging and fax documents, and SWML (SignalWire JSON/YAML) with its messaging documents.</summary>
    public static readonly Dialect[] All =
    {
        new("TwiML", "MarkupDsl.TwiML", Xml, XmlReader),
        new("TwiMLMessaging", "MarkupDsl.TwiML.Messaging", Xml, XmlReader),
        new("TeXML", "MarkupDsl.TeXML", Xml, XmlReader),
        new("cXML", "MarkupDsl.CXML", Xml, XmlReader),
        new("cXMLMessaging", "MarkupDsl.CXML.Messaging", Xml, XmlReader),
        new("cXMLFax", "MarkupDsl.CXML.Fax", Xml, XmlReader),
        new("SWML", "MarkupDsl.SWML", SwmlDocument, SwmlReader),
        new("SWMLMessaging", "MarkupDsl.SWML.Messaging", SwmlDocument, SwmlReader),
    };

    public static Dialect? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
