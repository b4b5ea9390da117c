using System.Text.RegularExpressions;
using MarkupDsl.Markup;

namespace MarkupDsl.Tool.Lint;

/// <summary>A markup dialect <c>lint</c> checks, with the grammar the runtime's reader checks it against.</summary>
/// <param name="Name">As given to <c>--dialect</c>: <c>twiml</c>, <c>twiml-messaging</c>, <c>texml</c>, <c>cxml</c>, <c>cxml-messaging</c>, <c>cxml-fax</c>, <c>swml</c> or <c>swml-messaging</c>.</param>
/// <param name="Title">As written in messages: TwiML, TwiML Messaging, TeXML, cXML, cXML Messaging, cXML Fax, SWML, SWML Messaging.</param>
/// <param name="SchemaName">The dialect's name in the schemas' <c>mdsl:dialects</c>, which users' schemas extend.</param>
/// <param name="Grammar">The document class's grammar (the library's, or extended with users' schemas by <c>--schemas</c>).</param>
/// <param name="RootKey">The document element's rule in <paramref name="Grammar"/>.</param>
/// <param name="IsSwml">Read as JSON or YAML rather than XML.</param>
internal sealed partial record Dialect(string Name, string Title, string SchemaName, MarkupGrammar Grammar, string RootKey, bool IsSwml = false)
{
    public static Dialect TwiML { get; } = new("twiml", "TwiML", "TwiML", MarkupDsl.TwiML.TwiMLElements.Grammar, "Response");

    public static Dialect TwiMLMessaging { get; } = new("twiml-messaging", "TwiML Messaging", "TwiMLMessaging", MarkupDsl.TwiML.Messaging.MessagingElements.Grammar, "Response");

    public static Dialect TeXML { get; } = new("texml", "TeXML", "TeXML", MarkupDsl.TeXML.TeXMLElements.Grammar, "Response");

    public static Dialect CXML { get; } = new("cxml", "cXML", "cXML", MarkupDsl.CXML.CXMLElements.Grammar, "Response");

    public static Dialect CXMLMessaging { get; } = new("cxml-messaging", "cXML Messaging", "cXMLMessaging", MarkupDsl.CXML.Messaging.MessagingElements.Grammar, "Response");

    public static Dialect CXMLFax { get; } = new("cxml-fax", "cXML Fax", "cXMLFax", MarkupDsl.CXML.Fax.FaxElements.Grammar, "Response");

    public static Dialect SWML { get; } = new("swml", "SWML", "SWML", MarkupDsl.SWML.SWMLElements.Grammar, "Main", IsSwml: true);

    public static Dialect SWMLMessaging { get; } = new("swml-messaging", "SWML Messaging", "SWMLMessaging", MarkupDsl.SWML.Messaging.MessagingElements.Grammar, "Main", IsSwml: true);

    public static IReadOnlyList<Dialect> All { get; } = [TwiML, TwiMLMessaging, TeXML, CXML, CXMLMessaging, CXMLFax, SWML, SWMLMessaging];

    /// <summary>
    /// The dialects a document may be in: for JSON and YAML, SWML Messaging when it holds a <c>reply</c> key (the method
    /// only messaging has), else SWML; for XML the voice dialects, the messaging ones
    /// only for a document that holds a <c>&lt;Message&gt;</c> (their other verb, <c>&lt;Redirect&gt;</c>, is voice too, and
    /// a voice document with mistakes should get the voice dialects' problems), and cXML Fax alone for one that holds a
    /// <c>&lt;Receive&gt;</c>, which no other dialect has (a fax <c>&lt;Reject/&gt;</c> alone is a valid voice document).
    /// </summary>
    public static IReadOnlyList<Dialect> Candidates(string text) =>
        !text.TrimStart().StartsWith('<') ? (ReplyKey().IsMatch(text) ? [SWMLMessaging] : [SWML])
        : text.Contains("<Message", StringComparison.Ordinal) ? [TwiMLMessaging, CXMLMessaging, TwiML, TeXML, CXML]
        : text.Contains("<Receive", StringComparison.Ordinal) ? [CXMLFax]
        : [TwiML, TeXML, CXML];

    /// <summary>What the document class's <c>Validate</c> returns: every error and warning, with line and column.</summary>
    public IReadOnlyList<MarkupError> Check(string text) => IsSwml ? SwmlMarkupReader.Validate(text, Grammar, RootKey) : XmlMarkupReader.Validate(text, Grammar, RootKey);

    /// <summary>Whether a document has no error in this dialect (warnings allowed).</summary>
    public bool Accepts(string text) => !Check(text).Any(problem => problem.Severity == MarkupSeverity.Error);

    // reply as a key: "reply": in JSON, reply: in YAML (after a start of line, "- " or "{").
    [GeneratedRegex("""(^|[\s{,-])"?reply"?\s*:""", RegexOptions.Multiline)]
    private static partial Regex ReplyKey();
}
