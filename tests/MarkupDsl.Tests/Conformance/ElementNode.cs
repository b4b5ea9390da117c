using System;
using System.Collections.Generic;
using System.Reflection;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Conformance;

/// <summary>An attribute both libraries have on an element: MarkupDsl's parameter, twilio-csharp's, and its name in MarkupDsl's grammar.</summary>
internal sealed record AttributePair(string XmlName, bool Required, ParameterInfo MarkupDsl, ParameterInfo Twilio);

/// <summary>A child element both libraries allow under a parent: the parent builder's methods for it and the child's node.</summary>
internal sealed record ChildEdge(MarkupChildMethods Methods, int MaxOccurs, ElementNode Target);

/// <summary>One element declaration of MarkupDsl's grammar (keyed as the grammar keys it) paired with a twilio-csharp class.</summary>
internal sealed class ElementNode(string key, ElementRule rule, TwilioElementType twilio)
{
    public string Key { get; } = key;

    public ElementRule Rule { get; } = rule;

    public string Name => Rule.Name;

    public TwilioElementType Twilio { get; } = twilio;

    /// <summary>The builder its content callback receives (the document class for the root), or null.</summary>
    public Type? Builder { get; set; }

    /// <summary>The builder takes text between children.</summary>
    public bool Mixed => Builder is not null && MarkupChildMethods.TextMethod(Builder) is not null;

    public List<ChildEdge> Children { get; } = [];

    public List<AttributePair> Attributes { get; } = [];

    /// <summary>Attributes only MarkupDsl has (<see cref="KnownDifferences"/>, (2)): never generated, listed in the output.</summary>
    public List<string> MarkupDslOnlyAttributes { get; } = [];

    /// <summary>Constructor parameters only twilio-csharp has here (such as a stream's url under &lt;Stop&gt;): not generated.</summary>
    public List<string> TwilioOnlyAttributes { get; } = [];

    public List<string> MarkupDslOnlyChildren { get; } = [];

    public List<string> TwilioOnlyChildren { get; } = [];
}
