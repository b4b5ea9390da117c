using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using MarkupDsl.Markup;
using MarkupDsl.Tests.Conformance;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// Builds a random document of a dialect through its public builders, by reflection: from the document class, every
/// method that adds a child (<see cref="MarkupChildMethods"/>) is matched with the grammar's <see cref="ChildRule"/>
/// for it, so each element of the dialect can be reached, within the counts the grammar allows; each attribute
/// parameter gets a random valid value read off its metadata (<see cref="KnownValuesAttribute"/>,
/// <see cref="SchemaRangeAttribute"/>, <see cref="SchemaPatternAttribute"/> through <see cref="PatternSampler"/>, its
/// .NET type), and text comes from <see cref="TextSamples"/> (XML specials, non-ASCII, a surrogate pair).
/// </summary>
/// <remarks>
/// With <see cref="Sabotage"/> set, the n-th attribute value that can be made invalid is: a control character or an
/// unpaired surrogate in a string, a string outside its pattern, an integer outside its range, a number that is not
/// finite, an empty list or an empty enumerated value; <see cref="Sabotaged"/> names the attribute.
/// </remarks>
internal sealed class RandomDocument(Dialect dialect, Random random)
{
    /// <summary>Below this depth an element gets only the children its grammar requires (SWML's ai nests seven deep).</summary>
    private const int MaxDepth = 7;

    private int _breakable;

    /// <summary>When positive, which breakable attribute value (counting from 1) to make invalid.</summary>
    public int Sabotage { get; init; }

    /// <summary>The XML name of the attribute given an invalid value, once one was.</summary>
    public string? Sabotaged { get; private set; }

    /// <summary>The grammar keys of the elements added, and the attributes set (<c>key@name</c>).</summary>
    public HashSet<string> Built { get; } = new(StringComparer.Ordinal);

    /// <summary>An element (grammar key) the document must hold, with every attribute set; null for none.</summary>
    public string? Target { get; init; }

    // The keys from the root's child down to the target.
    private IReadOnlyList<string> _path = [];

    public MarkupDocument Build()
    {
        MarkupDocument document = dialect.NewDocument();
        ElementRule root = dialect.Grammar[dialect.RootKey];
        _path = Target is null ? [] : dialect.PathTo(Target);
        Fill(document, root, depth: 0, onPath: true);
        MethodInfo? section = dialect.Document.GetMethod("Section");
        for (int sections = section is null ? 0 : random.Next(-2, 3); sections > 0; sections--)
        {
            // Sections hold methods as main does; names are unique and not "main".
            string name = $"s{sections}_" + new string('x', random.Next(0, 4));
            Reflected.Invoke(section!, document, [name, Callback(dialect.Document, body => Fill(body, root, depth: 1, onPath: false))]);
        }

        return document;
    }

    private void Fill(object builder, ElementRule rule, int depth, bool onPath)
    {
        Type type = builder.GetType();
        (MarkupChildMethods Methods, ChildRule Rule)[] children = MarkupChildMethods.Of(type)
            .Where(m => m.Name != "Section")
            .Select(m => (m, rule.Children.Single(c => Normalize(c.Name) == Normalize(m.Name))))
            .ToArray();
        MethodInfo? text = MarkupChildMethods.TextMethod(type);
        var counts = new Dictionary<string, int>();
        var order = new List<(MarkupChildMethods, ChildRule)>();
        foreach (var child in children.Where(c => c.Rule.MinOccurs > 0))
        {
            order.AddRange(Enumerable.Repeat(child, child.Rule.MinOccurs));
        }

        string? next = onPath && depth < _path.Count ? _path[depth] : null;
        if (next is not null && !order.Any(c => c.Item2.Key == next))
        {
            order.Add(children.Single(c => c.Rule.Key == next));
        }

        bool deep = depth >= MaxDepth;
        int wanted = Math.Max(order.Count, deep ? rule.MinChildren : random.Next(rule.MinChildren, depth switch { 0 => 6, < 3 => 4, _ => 3 }));
        foreach (var child in order)
        {
            counts[child.Item2.Key] = counts.GetValueOrDefault(child.Item2.Key) + 1;
        }

        while (order.Count < wanted)
        {
            var open = children
                .Where(c => counts.GetValueOrDefault(c.Rule.Key) < c.Rule.MaxOccurs && (!deep || dialect.Grammar[c.Rule.Key].MinChildren == 0))
                .ToArray();
            if (open.Length == 0)
            {
                break;
            }

            var pick = open[random.Next(open.Length)];
            counts[pick.Rule.Key] = counts.GetValueOrDefault(pick.Rule.Key) + 1;
            order.Insert(random.Next(order.Count + 1), pick);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (methods, childRule) in Grouped(order, rule))
        {
            MixedText(builder, text);
            bool leads = childRule.Key == next;
            next = leads ? null : next;
            AddChild(builder, methods, dialect.Grammar[childRule.Key], depth + 1, keys, leads);
        }

        MixedText(builder, text);
    }

    // SWML writes the children of one name that an object holds (send_sms's media) as one array, and the keyed
    // children of a name (switch's case) as one object keyed by their values, both where the first of them stands
    // (JSON object members have no order): interleaved children would read back regrouped, so they are added together,
    // and with distinct values, since the builders refuse a repeated key. Method lists keep their order.
    private List<(MarkupChildMethods, ChildRule)> Grouped(List<(MarkupChildMethods, ChildRule)> order, ElementRule parent)
    {
        var grouped = new List<(MarkupChildMethods, ChildRule)>();
        foreach (var child in order)
        {
            if (!dialect.IsSwml || parent.Methods && !dialect.Grammar[child.Item2.Key].Keyed || parent.Key == dialect.RootKey)
            {
                grouped.Add(child);
            }
            else if (!grouped.Contains(child))
            {
                grouped.AddRange(order.Where(c => c == child));
            }
        }

        return grouped;
    }

    private void MixedText(object builder, MethodInfo? text)
    {
        for (int runs = text is null ? 0 : random.Next(-3, 3); runs > 0; runs--)
        {
            Reflected.Invoke(text!, builder, [TextSamples.MixedText(random)]);
        }
    }

    // The child that leads to the target is added with its content, or, being the target, with every attribute.
    private void AddChild(object builder, MarkupChildMethods methods, ElementRule rule, int depth, HashSet<string> keys, bool leads)
    {
        MethodInfo[] forms = new[] { methods.TextOverload, methods.ContentOverload, methods.PlainOverload }.OfType<MethodInfo>().ToArray();
        bool target = leads && rule.Key == Target;
        // A mixed element's text overload takes content too, where it has no other.
        MethodInfo method = leads && !target ? methods.ContentOverload ?? methods.TextOverload! : forms[random.Next(forms.Length)];
        object?[] arguments = method.GetParameters().Select(parameter => parameter.Name switch
        {
            "text" => Value(parameter, rule, textElement: true),
            "content" when method == methods.ContentOverload || leads && !target =>
                Callback(parameter.ParameterType.GetGenericArguments()[0], content => Fill(content, rule, depth, leads && !target)),
            "content" or "customAttributes" => null,
            _ when IsMap(parameter.ParameterType) => FreeFormMap(parameter, rule),
            _ => parameter.IsOptional && !target && random.Next(4) == 0 ? null : Value(parameter, rule, textElement: false),
        }).ToArray();
        if (rule.Keyed && arguments[0] is string key)
        {
            arguments[0] = keys.Add(key) ? key : key + keys.Count;
            keys.Add((string)arguments[0]!);
        }

        Built.Add(rule.Key);
        Built.UnionWith(method.GetParameters().Where((p, i) => arguments[i] is not null && rule.Attributes.Any(a => Normalize(a.Name) == Normalize(p.Name!)))
            .Select(p => rule.Key + "@" + rule.Attributes.First(a => Normalize(a.Name) == Normalize(p.Name!)).Name));
        Reflected.Invoke(method, builder, arguments);
    }

    private Dictionary<string, string>? FreeFormMap(ParameterInfo parameter, ElementRule rule)
    {
        if (parameter.IsOptional && random.Next(3) == 0)
        {
            return null;
        }

        var map = new Dictionary<string, string>();
        for (int entries = random.Next(parameter.IsOptional ? 0 : 1, 4); entries > 0; entries--)
        {
            string name = "v" + Word(letters: true);
            if (!rule.Attributes.Any(a => a.Name == name))
            {
                map[name] = Text();
            }
        }

        return map.Count == 0 && !parameter.IsOptional ? new() { ["v"] = "1" } : map;
    }

    private object? Value(ParameterInfo parameter, ElementRule rule, bool textElement)
    {
        Type type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        bool list = MarkupChildMethods.IsList(type);
        Type item = list ? type.GetGenericArguments()[0] : type;
        string attribute = textElement ? "text" : rule.Attributes.Single(a => Normalize(a.Name) == Normalize(parameter.Name!)).Name;
        if (!textElement && Sabotage > 0 && Sabotaged is null && Breakable(parameter, item, list) && ++_breakable == Sabotage)
        {
            Sabotaged = attribute;
            return Invalid(parameter, item, list);
        }

        if (!list)
        {
            return Scalar(parameter, item);
        }

        var items = Array.CreateInstance(item, random.Next(1, 4));
        for (int i = 0; i < items.Length; i++)
        {
            items.SetValue(Scalar(parameter, item, listItem: true), i);
        }

        return items;
    }

    private object Scalar(ParameterInfo parameter, Type type, bool listItem = false)
    {
        if (MarkupChildMethods.KnownValues(type) is { Count: > 0 } known)
        {
            return Activator.CreateInstance(type, known[random.Next(known.Count)])!;
        }

        if (type == typeof(bool))
        {
            return random.Next(2) == 0;
        }

        if (type == typeof(int))
        {
            SchemaRangeAttribute? range = parameter.GetCustomAttribute<SchemaRangeAttribute>();
            int min = range?.Minimum ?? -1000;
            int max = range?.Maximum ?? 100_000;
            return random.Next(4) switch
            {
                0 => min,
                1 => max,
                _ => (int)random.NextInt64(min, (long)max + 1),
            };
        }

        if (type == typeof(double))
        {
            return Math.Round((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(0, 6)), random.Next(0, 4));
        }

        if (type.IsValueType)
        {
            // An open value type with no list of its own (Telnyx's voices): its static members, else any word.
            object[] members = type.GetProperties(BindingFlags.Public | BindingFlags.Static)
                .Where(p => p.PropertyType == type).Select(p => p.GetValue(null)!).ToArray();
            return members.Length > 0 ? members[random.Next(members.Length)] : Activator.CreateInstance(type, Word(letters: true))!;
        }

        if (parameter.GetCustomAttribute<SchemaPatternAttribute>() is { } pattern)
        {
            return PatternSampler.Sample(pattern.Facets[random.Next(pattern.Facets.Count)], random);
        }

        return listItem ? Word(letters: false) : Text();
    }

    private static bool Breakable(ParameterInfo parameter, Type item, bool list) =>
        list || item == typeof(string) || item == typeof(double) || item.IsValueType && !item.IsPrimitive
        || item == typeof(int) && parameter.GetCustomAttribute<SchemaRangeAttribute>() is { } range
            && (range.Minimum > int.MinValue || range.Maximum < int.MaxValue);

    private object Invalid(ParameterInfo parameter, Type item, bool list)
    {
        if (list)
        {
            return Array.CreateInstance(item, 0);
        }

        if (item == typeof(int))
        {
            SchemaRangeAttribute range = parameter.GetCustomAttribute<SchemaRangeAttribute>()!;
            return range.Minimum > int.MinValue && (range.Maximum == int.MaxValue || random.Next(2) == 0) ? range.Minimum - 1 : range.Maximum + 1;
        }

        if (item == typeof(double))
        {
            return new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity }[random.Next(3)];
        }

        if (item != typeof(string))
        {
            // The enumerated value types' default holds no value.
            return Activator.CreateInstance(item)!;
        }

        string valid = (string)Scalar(parameter, item);
        if (parameter.GetCustomAttribute<SchemaPatternAttribute>() is { } pattern && random.Next(2) == 0)
        {
            var anyFacet = new Regex(@"\A(?:" + string.Join('|', pattern.Facets) + @")\z", RegexOptions.CultureInvariant);
            for (int i = 0; i < 100; i++)
            {
                string candidate = TextSamples.Text(random);
                if (!anyFacet.IsMatch(candidate))
                {
                    return candidate;
                }
            }
        }

        string bad = random.Next(3) switch { 0 => "\u0001", 1 => "\uD800", _ => "\uFFFE" };
        int at = random.Next(valid.Length + 1);
        return at > 0 && at < valid.Length && char.IsLowSurrogate(valid[at]) ? valid + bad : valid.Insert(at, bad);
    }

    // SWML writes a value of any JSON type that is JSON text as that JSON, so "\"quoted\" " reads back as "quoted":
    // a documented equivalence, not a round trip, and left out.
    private string Text()
    {
        string text = TextSamples.Text(random);
        return dialect.IsSwml && text.StartsWith('"') && IsJson(text) ? text + "." : text;
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private string Word(bool letters)
    {
        const string Letters = "abcdefghijklmnopqrstuvwxyz";
        string word = new(Enumerable.Range(0, random.Next(1, 8)).Select(_ => Letters[random.Next(Letters.Length)]).ToArray());
        return letters || random.Next(3) > 0 ? word : word + "é東\U0001F600";
    }

    private static bool IsMap(Type type) => type == typeof(IEnumerable<KeyValuePair<string, string>>);

    // say-as and SayAs, xml:lang and xmlLang, record_call and RecordCall, for and @for.
    private static string Normalize(string name) => new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static Delegate Callback(Type builder, Action<object> fill) =>
        (Delegate)typeof(RandomDocument).GetMethod(nameof(TypedCallback), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(builder).Invoke(null, [fill])!;

    private static Action<T> TypedCallback<T>(Action<object> fill) => builder => fill(builder!);
}
