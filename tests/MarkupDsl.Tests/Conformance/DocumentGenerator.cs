using System;
using System.Collections.Generic;
using System.Linq;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// Generates a random document from a <see cref="ConformanceCatalog"/>: children both libraries allow, within the
/// counts MarkupDsl's grammar sets, to <see cref="MaxDepth"/> levels below the root; every attribute both have, each
/// present with <see cref="AttributeChance"/>; text between children of mixed-content elements.
/// </summary>
internal sealed class DocumentGenerator(ConformanceCatalog catalog, int seed, bool carriageReturns = false)
{
    /// <summary>Elements deeper than this get no further children unless their grammar requires some.</summary>
    public const int MaxDepth = 4;

    private readonly Random _random = new(seed);
    private readonly ValueGenerator _values = new(new Random(seed ^ 0x5EED), carriageReturns);

    /// <summary>How likely an optional attribute is set (1 sets them all).</summary>
    public double AttributeChance { get; init; } = 0.8;

    /// <summary>Generates a document; with a path, one whose elements along it lead to the path's last element.</summary>
    public SpecElement Generate(IReadOnlyList<ChildEdge>? path = null)
    {
        var root = new SpecElement(catalog.Root, edge: null, ElementForm.Content);
        FillContent(root, depth: 0, path ?? [], pathIndex: 0);
        return root;
    }

    private void FillContent(SpecElement element, int depth, IReadOnlyList<ChildEdge> path, int pathIndex)
    {
        ElementNode node = element.Node;
        bool onPath = pathIndex < path.Count;
        bool deep = depth >= MaxDepth;
        int wanted = deep ? node.Rule.MinChildren : _random.Next(node.Rule.MinChildren, depth == 0 ? 7 : 5);
        var counts = new Dictionary<ChildEdge, int>();
        var children = new List<SpecElement>();
        if (onPath)
        {
            children.Add(NewChild(path[pathIndex], depth + 1, path, pathIndex + 1));
            counts[path[pathIndex]] = 1;
        }

        while (children.Count < wanted)
        {
            ChildEdge[] open = node.Children
                .Where(e => counts.GetValueOrDefault(e) < e.MaxOccurs && (!deep || CanBeLeaf(e)))
                .ToArray();
            if (open.Length == 0)
            {
                break;
            }

            ChildEdge edge = open[_random.Next(open.Length)];
            counts[edge] = counts.GetValueOrDefault(edge) + 1;
            // The path's child keeps a random place among its siblings.
            children.Insert(_random.Next(children.Count + 1), NewChild(edge, depth + 1, [], 0));
        }

        foreach (SpecElement child in children)
        {
            AddMixedText(element);
            element.Content.Add(child);
        }

        AddMixedText(element);
    }

    private void AddMixedText(SpecElement element)
    {
        // Mostly none, sometimes one, sometimes two in a row (MarkupDsl joins them, twilio-csharp writes two text nodes).
        for (int runs = element.Node.Mixed ? _random.Next(-4, 3) : 0; runs > 0; runs--)
        {
            element.Content.Add(_values.MixedText());
        }
    }

    private SpecElement NewChild(ChildEdge edge, int depth, IReadOnlyList<ChildEdge> path, int pathIndex)
    {
        MarkupChildMethods methods = edge.Methods;
        var forms = new List<ElementForm>();
        if (methods.TextOverload is not null)
        {
            forms.Add(ElementForm.Text);
        }

        if (methods.ContentOverload is not null)
        {
            forms.Add(ElementForm.Content);
        }

        if (methods.PlainOverload is not null)
        {
            forms.Add(ElementForm.Plain);
        }

        ElementForm form = pathIndex < path.Count ? ElementForm.Content : forms[_random.Next(forms.Count)];
        var element = new SpecElement(edge.Target, edge, form);
        foreach (AttributePair pair in edge.Target.Attributes)
        {
            if (pair.Required || _random.NextDouble() < AttributeChance)
            {
                element.Attributes.Add((pair, _values.Attribute(pair)));
            }
        }

        switch (form)
        {
            case ElementForm.Text:
                element.Text = _values.ElementText(
                    methods.TextOverload!.GetParameters().Single(p => p.Name == "text"),
                    edge.Target.Twilio.Body?.ParameterType
                        ?? throw new InvalidOperationException($"twilio-csharp's {edge.Target.Twilio.Type.Name} has no text parameter."));
                break;
            case ElementForm.Content:
                FillContent(element, depth, path, pathIndex);
                break;
        }

        return element;
    }

    // Below the depth limit only elements that need no children of their own are added.
    private static bool CanBeLeaf(ChildEdge edge) => edge.Target.Rule.MinChildren == 0;
}
