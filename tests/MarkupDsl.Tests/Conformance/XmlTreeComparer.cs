using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// Compares two XML documents as parsed trees: element names and order, attribute sets (order aside) and text
/// (adjacent text and CDATA runs joined, empty runs dropped, white space kept). twilio-csharp's output is read with
/// the documented renames of <see cref="KnownDifferences.TwilioAttributeNames"/>.
/// </summary>
internal static class XmlTreeComparer
{
    /// <summary>Every difference, each with the path of the element it is on; empty when the documents are the same.</summary>
    public static List<string> Compare(string markupDsl, string twilio, Func<string, string>? twilioText = null)
    {
        var differences = new List<string>();
        Element expected = Read(markupDsl, renames: false, differences);
        Element actual = Read(twilio, renames: true, differences);
        new Comparison("MarkupDsl", "twilio-csharp", twilioText ?? (t => t), differences).Compare(expected, actual, "/" + expected.Name);
        return differences;
    }

    /// <summary>The differences between a document MarkupDsl built and the one it read back (no renames).</summary>
    public static List<string> CompareReadBack(string built, string readBack)
    {
        var differences = new List<string>();
        Element expected = Read(built, renames: false, differences);
        Element actual = Read(readBack, renames: false, differences);
        new Comparison("built", "read back", t => t, differences).Compare(expected, actual, "/" + expected.Name);
        return differences;
    }

    /// <summary>How many attributes of twilio-csharp's document were renamed by a documented exception.</summary>
    public static int CountRenames(string twilio) => XDocument.Parse(twilio).Descendants()
        .Sum(e => e.Attributes().Count(a => KnownDifferences.TwilioAttributeNames.ContainsKey((e.Name.LocalName, a.Name.LocalName))));

    private sealed record Element(string Name, SortedDictionary<string, string> Attributes, List<object> Content);

    private static Element Read(string text, bool renames, List<string> differences) =>
        Convert(XDocument.Parse(text, LoadOptions.PreserveWhitespace).Root!, renames, differences);

    private static Element Convert(XElement element, bool renames, List<string> differences)
    {
        var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (XAttribute attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            string name = attribute.Name.Namespace == XNamespace.Xml ? "xml:" + attribute.Name.LocalName : attribute.Name.ToString();
            if (renames && KnownDifferences.TwilioAttributeNames.TryGetValue((element.Name.LocalName, name), out string? documented))
            {
                if (element.Attribute(documented) is not null)
                {
                    differences.Add($"<{element.Name.LocalName}> from twilio-csharp has both '{name}' and '{documented}': the documented lower-case exception no longer describes it.");
                }

                name = documented;
            }

            attributes.Add(name, attribute.Value);
        }

        var content = new List<object>();
        foreach (XNode node in element.Nodes())
        {
            switch (node)
            {
                case XText text when text.Value.Length == 0:
                    break;
                case XText text when content.Count > 0 && content[^1] is string previous:
                    content[^1] = previous + text.Value;
                    break;
                case XText text:
                    content.Add(text.Value);
                    break;
                case XElement child:
                    content.Add(Convert(child, renames, differences));
                    break;
            }
        }

        return new Element(element.Name.ToString(), attributes, content);
    }

    /// <summary>One comparison: the two sides' names for messages, and how the second side's text relates to the first's.</summary>
    private sealed record Comparison(string ExpectedName, string ActualName, Func<string, string> ActualText, List<string> Differences)
    {
        public void Compare(Element expected, Element actual, string path)
        {
            if (expected.Name != actual.Name)
            {
                Differences.Add($"{path}: {ExpectedName} has <{expected.Name}>, {ActualName} <{actual.Name}>.");
                return;
            }

            foreach (string name in expected.Attributes.Keys.Union(actual.Attributes.Keys).Order(StringComparer.Ordinal))
            {
                bool inExpected = expected.Attributes.TryGetValue(name, out string? expectedValue);
                bool inActual = actual.Attributes.TryGetValue(name, out string? actualValue);
                if (!inExpected || !inActual || expectedValue != actualValue)
                {
                    Differences.Add($"{path}/@{name}: {ExpectedName} {Show(inExpected ? expectedValue : null)}, {ActualName} {Show(inActual ? actualValue : null)}.");
                }
            }

            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            int shared = Math.Min(expected.Content.Count, actual.Content.Count);
            for (int i = 0; i < shared; i++)
            {
                switch (expected.Content[i], actual.Content[i])
                {
                    case (string e, string a) when ActualText(e) == a:
                        break;
                    case (Element e, Element a):
                        counts[e.Name] = counts.GetValueOrDefault(e.Name) + 1;
                        Compare(e, a, $"{path}/{e.Name}[{counts[e.Name]}]");
                        break;
                    default:
                        Differences.Add($"{path}, content node {i + 1}: {ExpectedName} {Describe(expected.Content[i])}, {ActualName} {Describe(actual.Content[i])}.");
                        return;
                }
            }

            if (expected.Content.Count != actual.Content.Count)
            {
                Differences.Add($"{path}: {ExpectedName} has {expected.Content.Count} content node(s), {ActualName} {actual.Content.Count}; "
                    + $"first unmatched: {Describe(expected.Content.Count > shared ? expected.Content[shared] : actual.Content[shared])}.");
            }
        }

        private static string Describe(object node) => node is string text ? "text " + Show(text) : $"<{((Element)node).Name}>";
    }

    /// <summary>A value with its control characters visible.</summary>
    public static string Show(string? value)
    {
        if (value is null)
        {
            return "(absent)";
        }

        var text = new StringBuilder("'");
        foreach (char c in value)
        {
            text.Append(c switch { '\r' => "\\r", '\n' => "\\n", '\t' => "\\t", _ => c.ToString() });
        }

        return text.Append('\'').ToString();
    }
}
