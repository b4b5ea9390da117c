using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TwilioNode = Twilio.TwiML.TwiML;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// One twilio-csharp TwiML class, read by reflection: its tag, its widest constructor (attributes and the element's
/// text are constructor parameters), which parameter is the text, and the children its typed methods accept.
/// </summary>
internal sealed class TwilioElementType
{
    private static readonly ConcurrentDictionary<Type, TwilioElementType> Cache = new();

    private TwilioElementType(Type type)
    {
        Type = type;
        Constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        Parameters = Constructor.GetParameters();
        TagName = Create(new Dictionary<string, object?>()).ToXDocument().Root!.Name.LocalName;
        Body = Parameters.FirstOrDefault(IsBody);
        // The deprecated one-argument overloads (Say(Say say), Dial(Number number), ...) name every child type a
        // class takes; Append itself accepts anything.
        ChildTypes = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<ObsoleteAttribute>() is not null && m.GetParameters().Length == 1)
            .Select(m => m.GetParameters()[0].ParameterType)
            .Where(t => typeof(TwilioNode).IsAssignableFrom(t))
            .Distinct()
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
    }

    public Type Type { get; }

    public ConstructorInfo Constructor { get; }

    public IReadOnlyList<ParameterInfo> Parameters { get; }

    /// <summary>The element name it writes (<c>say-as</c> for <c>SsmlSayAs</c>, <c>Sip</c> for <c>ReferSip</c>).</summary>
    public string TagName { get; }

    /// <summary>The constructor parameter written as the element's text (message, url, number, name, words...), if any.</summary>
    public ParameterInfo? Body { get; }

    /// <summary>The constructor parameters written as attributes.</summary>
    public IEnumerable<ParameterInfo> AttributeParameters => Parameters.Where(p => p != Body);

    public IReadOnlyList<Type> ChildTypes { get; }

    public static TwilioElementType For(Type type) => Cache.GetOrAdd(type, t => new TwilioElementType(t));

    /// <summary>Constructs the element with the given parameters (by name); the others stay null.</summary>
    public TwilioNode Create(IReadOnlyDictionary<string, object?> arguments)
    {
        object?[] values = Parameters.Select(p => arguments.TryGetValue(p.Name!, out object? value) ? value : null).ToArray();
        return (TwilioNode)Constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, values, culture: null);
    }

    /// <summary>Normalises a parameter name for matching with MarkupDsl's (<c>for_</c>, <c>speechtimeout</c>).</summary>
    public static string Normalize(string name) => name.Replace("_", "").Replace("-", "").Replace(":", "").ToLowerInvariant();

    // Found by experiment rather than by name: a probe value set on the parameter alone comes out as the text.
    private bool IsBody(ParameterInfo parameter)
    {
        const string Probe = "probe";
        object? value = TwilioValues.Accepts(parameter.ParameterType, Probe) ? TwilioValues.TryConvert(Probe, parameter.ParameterType) : null;
        if (value is null)
        {
            return false;
        }

        var root = Create(new Dictionary<string, object?> { [parameter.Name!] = value }).ToXDocument().Root!;
        return root.Value == Probe && !root.HasAttributes;
    }
}
