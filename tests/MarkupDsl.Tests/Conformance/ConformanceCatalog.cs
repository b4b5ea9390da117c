using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// Walks MarkupDsl's builders from a document class and twilio-csharp's classes from its response class side by
/// side, pairing each child element both allow under the same parent and each attribute both have, by reflection.
/// MarkupDsl's grammar (visible to the tests) gives the element and attribute names as written and the child counts
/// the builders enforce.
/// </summary>
internal sealed class ConformanceCatalog
{
    private readonly MarkupGrammar _grammar;
    private readonly Dictionary<string, ElementNode> _nodes = new(StringComparer.Ordinal);

    private ConformanceCatalog(MarkupGrammar grammar, Type document, Type twilioResponse)
    {
        _grammar = grammar;
        Root = new ElementNode("Response", grammar["Response"], TwilioElementType.For(twilioResponse)) { Builder = document };
        _nodes.Add(Root.Key, Root);
        AddChildren(Root);
    }

    public ElementNode Root { get; }

    /// <summary>Every paired element declaration, in a stable order.</summary>
    public IReadOnlyList<ElementNode> Nodes => _nodes.Values.OrderBy(n => n.Key, StringComparer.Ordinal).ToArray();

    public static ConformanceCatalog Voice { get; } = new(
        MarkupDsl.TwiML.TwiMLElements.Grammar, typeof(MarkupDsl.TwiML.VoiceResponse), typeof(Twilio.TwiML.VoiceResponse));

    public static ConformanceCatalog Messaging { get; } = new(
        MarkupDsl.TwiML.Messaging.MessagingElements.Grammar, typeof(MarkupDsl.TwiML.Messaging.MessagingResponse), typeof(Twilio.TwiML.MessagingResponse));

    /// <summary>The children to walk through from the root to reach an element, for documents that must hold it.</summary>
    public IReadOnlyList<ChildEdge> PathTo(ElementNode target)
    {
        var previous = new Dictionary<ElementNode, (ElementNode Parent, ChildEdge Edge)>();
        var queue = new Queue<ElementNode>([Root]);
        while (queue.Count > 0 && !previous.ContainsKey(target) && target != Root)
        {
            ElementNode node = queue.Dequeue();
            foreach (ChildEdge edge in node.Children.Where(e => e.Target != Root && !previous.ContainsKey(e.Target)))
            {
                previous[edge.Target] = (node, edge);
                queue.Enqueue(edge.Target);
            }
        }

        var path = new List<ChildEdge>();
        for (ElementNode node = target; node != Root; node = previous[node].Parent)
        {
            path.Insert(0, previous[node].Edge);
        }

        return path;
    }

    private void AddChildren(ElementNode parent)
    {
        Type builder = parent.Builder!;
        var twilioChildren = parent.Twilio.ChildTypes.Select(TwilioElementType.For).ToList();
        foreach (MarkupChildMethods methods in MarkupChildMethods.Of(builder))
        {
            ChildRule rule = parent.Rule.Children.SingleOrDefault(c => Same(c.Name, methods.Name))
                ?? throw new InvalidOperationException($"{builder.Name}.{methods.Name} adds an element the grammar of <{parent.Name}> does not list.");
            TwilioElementType? twilio = twilioChildren.FirstOrDefault(t => t.TagName == rule.Name);
            if (twilio is null)
            {
                parent.MarkupDslOnlyChildren.Add(rule.Name);
                continue;
            }

            twilioChildren.Remove(twilio);
            if (!_nodes.TryGetValue(rule.Key, out ElementNode? child))
            {
                child = new ElementNode(rule.Key, _grammar[rule.Key], twilio) { Builder = methods.ContentBuilder };
                _nodes.Add(child.Key, child);
                PairAttributes(child, methods);
                if (child.Builder is not null)
                {
                    AddChildren(child);
                }
            }

            parent.Children.Add(new ChildEdge(methods, rule.MaxOccurs, child));
        }

        parent.TwilioOnlyChildren.AddRange(twilioChildren.Select(t => t.TagName));
    }

    private static void PairAttributes(ElementNode node, MarkupChildMethods methods)
    {
        var twilioParameters = node.Twilio.AttributeParameters.ToList();
        foreach (ParameterInfo parameter in methods.AttributeParameters)
        {
            AttributeRule rule = node.Rule.Attributes.Single(a => Same(a.Name, parameter.Name!));
            ParameterInfo? twilio = twilioParameters.FirstOrDefault(t => Same(t.Name!, parameter.Name!));
            if (twilio is null)
            {
                node.MarkupDslOnlyAttributes.Add(rule.Name);
                continue;
            }

            twilioParameters.Remove(twilio);
            node.Attributes.Add(new AttributePair(rule.Name, !parameter.IsOptional, parameter, twilio));
        }

        node.TwilioOnlyAttributes.AddRange(twilioParameters.Select(t => t.Name!));
    }

    // say-as and SayAs, xml:lang and xmlLang, for and for_, speechTimeout and speechtimeout.
    private static bool Same(string a, string b) => TwilioElementType.Normalize(a) == TwilioElementType.Normalize(b);
}
