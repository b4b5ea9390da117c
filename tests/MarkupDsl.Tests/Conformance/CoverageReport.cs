using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace MarkupDsl.Tests.Conformance;

/// <summary>What the compared documents held: counts for the test output, and what no document reached.</summary>
internal sealed class CoverageReport(ConformanceCatalog catalog)
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<(string Key, string Attribute)> _attributes = [];
    private readonly HashSet<string> _attributeNames = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public int Elements { get; private set; }

    public int AttributeValues { get; private set; }

    public int TextRuns { get; private set; }

    public void Add(SpecElement document)
    {
        Documents++;
        foreach (SpecElement element in document.DescendantsAndSelf())
        {
            Elements++;
            _keys.Add(element.Node.Key);
            _names.Add(element.Node.Name);
            TextRuns += element.Content.Count(c => c is string) + (element.Text is null ? 0 : 1);
            foreach (var (pair, _) in element.Attributes)
            {
                AttributeValues++;
                _attributes.Add((element.Node.Key, pair.XmlName));
                _attributeNames.Add(pair.XmlName);
            }
        }
    }

    /// <summary>Paired elements and attributes no document held.</summary>
    public IEnumerable<string> Uncovered() =>
        catalog.Nodes.Where(n => !_keys.Contains(n.Key)).Select(n => $"<{n.Key}>")
            .Concat(catalog.Nodes.SelectMany(n => n.Attributes
                .Where(a => !_attributes.Contains((n.Key, a.XmlName)))
                .Select(a => $"<{n.Key}> {a.XmlName}")));

    public string Describe(string title)
    {
        var text = new StringBuilder();
        text.AppendLine($"{title}: {Documents} documents, {Elements} elements, {AttributeValues} attribute values, {TextRuns} text runs.");
        text.AppendLine($"  covered: {_names.Count} distinct element names ({_keys.Count} declarations), "
            + $"{_attributeNames.Count} distinct attribute names ({_attributes.Count} element/attribute pairs) "
            + $"of {catalog.Nodes.Count} paired declarations with {catalog.Nodes.Sum(n => n.Attributes.Count)} paired attributes.");

        var skipped = catalog.Nodes.Where(n => n.MarkupDslOnlyAttributes.Count > 0).ToArray();
        text.AppendLine($"  skipped (MarkupDsl only, not in twilio-csharp 8.2.0): {skipped.Sum(n => n.MarkupDslOnlyAttributes.Count)} attribute(s)");
        foreach (ElementNode node in skipped)
        {
            text.AppendLine($"    <{node.Key}>: {string.Join(", ", node.MarkupDslOnlyAttributes)}");
        }

        // Documented values a twilio-csharp parameter type cannot carry (a bool? for an enumeration) are not generated.
        foreach (ElementNode node in catalog.Nodes)
        {
            foreach (AttributePair pair in node.Attributes)
            {
                string[] uncarried = MarkupChildMethods.KnownValues(pair.MarkupDsl.ParameterType)?
                    .Where(v => !TwilioValues.Accepts(pair.Twilio.ParameterType, v)).ToArray() ?? [];
                if (uncarried.Length > 0)
                {
                    text.AppendLine($"  values twilio-csharp's {TypeName(pair.Twilio.ParameterType)} cannot carry, not generated: <{node.Key}> {pair.XmlName}: {string.Join(", ", uncarried)}");
                }
            }
        }

        foreach (ElementNode node in catalog.Nodes.Where(n => n.MarkupDslOnlyChildren.Count > 0))
        {
            text.AppendLine($"  element only MarkupDsl has under <{node.Key}>: {string.Join(", ", node.MarkupDslOnlyChildren.Select(c => $"<{c}>"))}");
        }

        foreach (ElementNode node in catalog.Nodes.Where(n => n.TwilioOnlyChildren.Count > 0))
        {
            text.AppendLine($"  element only twilio-csharp has under <{node.Key}>: {string.Join(", ", node.TwilioOnlyChildren.Select(c => $"<{c}>"))}");
        }

        foreach (ElementNode node in catalog.Nodes.Where(n => n.TwilioOnlyAttributes.Count > 0))
        {
            text.AppendLine($"  twilio-csharp parameter without a MarkupDsl attribute on <{node.Key}> (not generated): {string.Join(", ", node.TwilioOnlyAttributes)}");
        }

        return text.ToString();
    }

    private static string TypeName(Type type) => Nullable.GetUnderlyingType(type) is { } inner ? inner.Name + "?" : type.Name;
}
