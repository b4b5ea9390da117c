using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// The documented ways twilio-csharp 8.2.0's output differs from MarkupDsl's for the same document. Everything else
/// must be equal.
/// </summary>
internal static class KnownDifferences
{
    /// <summary>
    /// (1) Carriage returns in text. twilio-csharp's XDocument writer normalises new lines in text (it writes CR and
    /// CR LF as the platform's new line, and a raw CR would be read as LF anyway), so a parser sees LF where MarkupDsl,
    /// which writes <c>&amp;#xD;</c>, keeps the CR. Attribute values keep CR in both. This is the text twilio-csharp's
    /// document reads back as, given the text MarkupDsl's reads back as.
    /// </summary>
    public static string TextAfterTwilioNewLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    // (2) Attributes twilio-csharp 8.2.0 does not have (MarkupDsl follows Twilio's pages, so it has a few more, such
    // as <Dial callReason>) are compared only where both libraries have them: ConformanceCatalog pairs the attributes
    // and CoverageReport lists, per element, the ones left out.

    /// <summary>
    /// (3) &lt;ConversationRelay&gt; attributes twilio-csharp writes in lower case (its constructor parameters are
    /// named so) while Twilio's documentation, twilio-node and MarkupDsl write camelCase. Keyed by the name
    /// twilio-csharp writes; the comparison renames them and checks the camelCase name is absent from its output.
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Element, string Attribute), string> TwilioAttributeNames =
        new Dictionary<(string, string), string>
        {
            [("ConversationRelay", "backgroundnoisereduction")] = "backgroundNoiseReduction",
            [("ConversationRelay", "deepgramsmartformat")] = "deepgramSmartFormat",
            [("ConversationRelay", "ignorebackchannel")] = "ignoreBackchannel",
            [("ConversationRelay", "speechtimeout")] = "speechTimeout",
        };

    /// <summary>
    /// twilio-csharp's XML with the lower-case &lt;ConversationRelay&gt; attribute names of (3) written as documented,
    /// for reading it with MarkupDsl's <c>Parse</c>, which knows only the documented names. Only start tags are
    /// rewritten: the writer escapes <c>&gt;</c> and <c>"</c> in attribute values, so a tag ends at its first <c>&gt;</c>.
    /// </summary>
    public static string WithDocumentedAttributeNames(string twilioXml) =>
        Regex.Replace(twilioXml, @"<(?<element>[A-Za-z-]+)\b[^>]*>", tag => TwilioAttributeNames
            .Where(n => n.Key.Element == tag.Groups["element"].Value)
            .Aggregate(tag.Value, (text, n) => text.Replace($" {n.Key.Attribute}=\"", $" {n.Value}=\"", StringComparison.Ordinal)));

    /// <summary>The lower-case names of (3) a twilio-csharp document carries.</summary>
    public static IReadOnlyList<string> LowerCaseAttributesIn(string twilioXml) =>
        XDocument.Parse(twilioXml).Descendants()
            .SelectMany(e => e.Attributes().Where(a => TwilioAttributeNames.ContainsKey((e.Name.LocalName, a.Name.LocalName))))
            .Select(a => a.Name.LocalName)
            .ToArray();

    /// <summary>
    /// A twilio-csharp quirk: its <c>ToString()</c> indents with XDocument's writer, which puts a line break and spaces before
    /// each child element until the element's first text: in a mixed-content element that starts with a child
    /// (<c>&lt;Say&gt;&lt;break/&gt;Hello&lt;/Say&gt;</c>) that white space becomes part of the text. MarkupDsl reads it
    /// as the text it is (its reader drops indentation only where an element's text is all white space); the
    /// unindented output has none. Whether a text node is such an indentation run.
    /// </summary>
    public static bool IsIndentation(string text)
    {
        if (text.Length < 2 || text[0] != '\n')
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A copy of an element tree read from twilio-csharp's indented output without the indentation runs XDocument's
    /// writer put into mixed content (see <see cref="IsIndentation"/>): those before an element's first other text.
    /// </summary>
    public static MarkupElement WithoutTwilioIndentation(MarkupElement element)
    {
        var copy = new MarkupElement(element.Name);
        foreach (MarkupAttribute attribute in element.Attributes)
        {
            copy.SetAttribute(attribute.Name, attribute.Value);
        }

        // Text before the first child is the element's Text; later runs are text children.
        bool textSeen = false;
        if (element.Text is { } leading && !IsIndentation(leading))
        {
            copy.Text = leading;
            textSeen = true;
        }

        foreach (MarkupElement child in element.Children)
        {
            if (!child.IsText)
            {
                copy.Add(WithoutTwilioIndentation(child));
            }
            else if (textSeen || !IsIndentation(child.Text!))
            {
                copy.AddText(child.Text!);
                textSeen = true;
            }
        }

        return copy;
    }
}
