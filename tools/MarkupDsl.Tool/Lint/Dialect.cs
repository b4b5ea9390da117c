using MarkupDsl.Markup;

namespace MarkupDsl.Tool.Lint;

/// <summary>A markup dialect <c>lint</c> checks, with the runtime's reader for it.</summary>
/// <param name="Name">As given to <c>--dialect</c>: <c>twiml</c>, <c>texml</c>, <c>cxml</c> or <c>swml</c>.</param>
/// <param name="Title">As written in messages: TwiML, TeXML, cXML, SWML.</param>
/// <param name="Parse">The document class's <c>Parse</c>, which throws <see cref="MarkupParseException"/> with every problem.</param>
internal sealed record Dialect(string Name, string Title, Func<string, MarkupDocument> Parse)
{
    public static Dialect TwiML { get; } = new("twiml", "TwiML", text => MarkupDsl.TwiML.VoiceResponse.Parse(text));

    public static Dialect TeXML { get; } = new("texml", "TeXML", text => MarkupDsl.TeXML.VoiceResponse.Parse(text));

    public static Dialect CXML { get; } = new("cxml", "cXML", text => MarkupDsl.CXML.VoiceResponse.Parse(text));

    public static Dialect SWML { get; } = new("swml", "SWML", text => MarkupDsl.SWML.SwmlDocument.Parse(text));

    public static IReadOnlyList<Dialect> All { get; } = [TwiML, TeXML, CXML, SWML];

    /// <summary>The dialects a document may be in: SWML for JSON or YAML, the three XML dialects for XML.</summary>
    public static IReadOnlyList<Dialect> Candidates(string text) =>
        text.TrimStart().StartsWith('<') ? [TwiML, TeXML, CXML] : [SWML];

    /// <summary>The problems <paramref name="text"/> has in this dialect; empty when it is a valid document.</summary>
    public IReadOnlyList<MarkupError> Check(string text)
    {
        try
        {
            Parse(text);
            return [];
        }
        catch (MarkupParseException e)
        {
            return e.Errors;
        }
    }
}
