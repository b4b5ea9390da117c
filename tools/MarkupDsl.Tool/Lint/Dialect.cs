using System.Text.RegularExpressions;
using MarkupDsl.Markup;

namespace MarkupDsl.Tool.Lint;

/// <summary>A markup dialect <c>lint</c> checks, with the runtime's reader for it.</summary>
/// <param name="Name">As given to <c>--dialect</c>: <c>twiml</c>, <c>twiml-messaging</c>, <c>texml</c>, <c>cxml</c>, <c>cxml-messaging</c>, <c>cxml-fax</c>, <c>swml</c> or <c>swml-messaging</c>.</param>
/// <param name="Title">As written in messages: TwiML, TwiML Messaging, TeXML, cXML, cXML Messaging, cXML Fax, SWML, SWML Messaging.</param>
/// <param name="Check">The document class's <c>Validate</c>: every error and warning, with line and column.</param>
internal sealed partial record Dialect(string Name, string Title, Func<string, IReadOnlyList<MarkupError>> Check)
{
    public static Dialect TwiML { get; } = new("twiml", "TwiML", MarkupDsl.TwiML.VoiceResponse.Validate);

    public static Dialect TwiMLMessaging { get; } = new("twiml-messaging", "TwiML Messaging", MarkupDsl.TwiML.Messaging.MessagingResponse.Validate);

    public static Dialect TeXML { get; } = new("texml", "TeXML", MarkupDsl.TeXML.VoiceResponse.Validate);

    public static Dialect CXML { get; } = new("cxml", "cXML", MarkupDsl.CXML.VoiceResponse.Validate);

    public static Dialect CXMLMessaging { get; } = new("cxml-messaging", "cXML Messaging", MarkupDsl.CXML.Messaging.MessagingResponse.Validate);

    public static Dialect CXMLFax { get; } = new("cxml-fax", "cXML Fax", MarkupDsl.CXML.Fax.FaxResponse.Validate);

    public static Dialect SWML { get; } = new("swml", "SWML", MarkupDsl.SWML.SwmlDocument.Validate);

    public static Dialect SWMLMessaging { get; } = new("swml-messaging", "SWML Messaging", MarkupDsl.SWML.Messaging.SwmlMessagingDocument.Validate);

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

    /// <summary>Whether a document has no error in this dialect (warnings allowed).</summary>
    public bool Accepts(string text) => !Check(text).Any(problem => problem.Severity == MarkupSeverity.Error);

    // reply as a key: "reply": in JSON, reply: in YAML (after a start of line, "- " or "{").
    [GeneratedRegex("""(^|[\s{,-])"?reply"?\s*:""", RegexOptions.Multiline)]
    private static partial Regex ReplyKey();
}
