using System.Linq;

namespace MarkupDsl.Generator.Model;

/// <summary>
/// A markup dialect the schemas' <c>mdsl:dialects</c> annotations may name, with the C# namespace its builders go
/// to and the base class of its documents (which decides XML or SWML output).
/// </summary>
internal sealed record Dialect(string Name, string Namespace, string DocumentBase)
{
    private const string Xml = "global::MarkupDsl.Markup.XmlMarkupDocument";
    private const string Swml = "global::MarkupDsl.Markup.SwmlMarkupDocument";

    /// <summary>TwiML (Twilio), TeXML (Telnyx), cXML (SignalWire LaML) and SWML (SignalWire JSON/YAML).</summary>
    public static readonly Dialect[] All =
    {
        new("TwiML", "MarkupDsl.TwiML", Xml),
        new("TeXML", "MarkupDsl.TeXML", Xml),
        new("cXML", "MarkupDsl.CXML", Xml),
        new("SWML", "MarkupDsl.SWML", Swml),
    };

    public static Dialect? Find(string name) => All.FirstOrDefault(d => d.Name == name);
}
