using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// Random valid values, as XML holds them, read off MarkupDsl's parameter metadata (<see cref="KnownValuesAttribute"/>,
/// <see cref="SchemaRangeAttribute"/>, <see cref="SchemaPatternAttribute"/>) and narrowed to what the twilio-csharp
/// parameter can carry (a <c>bool?</c> takes true or false, a <see cref="Uri"/> only strings it writes back unchanged).
/// </summary>
internal sealed class ValueGenerator(Random random, bool carriageReturns)
{
    private const int Tries = 2000;

    public string Attribute(AttributePair pair)
    {
        Type markupDsl = pair.MarkupDsl.ParameterType;
        Type twilio = pair.Twilio.ParameterType;
        Type scalar = Nullable.GetUnderlyingType(markupDsl) ?? markupDsl;
        bool list = MarkupChildMethods.IsList(markupDsl);

        if (MarkupChildMethods.KnownValues(markupDsl) is { } known)
        {
            string[] candidates = known.Where(v => TwilioValues.Accepts(twilio, v)).ToArray();
            if (candidates.Length == 0)
            {
                throw new InvalidOperationException($"No documented value of {pair.XmlName} fits twilio-csharp's {twilio.Name}.");
            }

            return list ? string.Join(' ', Shuffle(candidates).Take(random.Next(1, Math.Min(3, candidates.Length) + 1))) : Pick(candidates);
        }

        if (scalar == typeof(bool))
        {
            return random.Next(2) == 0 ? "true" : "false";
        }

        if (scalar == typeof(int) || (list && scalar.GetGenericArguments()[0] == typeof(int)))
        {
            SchemaRangeAttribute? range = pair.MarkupDsl.GetCustomAttribute<SchemaRangeAttribute>();
            int min = range?.Minimum ?? 0;
            int max = range?.Maximum ?? 1000;
            return list
                ? string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => Integer(min, max)))
                : Integer(min, max);
        }

        return String(pair.MarkupDsl.GetCustomAttribute<SchemaPatternAttribute>(), v => TwilioValues.Accepts(twilio, v), pair.XmlName);
    }

    /// <summary>An element's text: what the text overload's parameter allows and the twilio-csharp text parameter carries.</summary>
    public string ElementText(ParameterInfo markupDslText, Type twilioBody) =>
        String(markupDslText.GetCustomAttribute<SchemaPatternAttribute>(), v => v.Length > 0 && TwilioValues.Accepts(twilioBody, v), "text");

    /// <summary>Text between child elements (twilio-csharp's <c>AddText</c> takes any string).</summary>
    public string MixedText() => WithCarriageReturns(TextSamples.MixedText(random));

    private string String(SchemaPatternAttribute? pattern, Func<string, bool> accept, string what)
    {
        if (pattern is not null)
        {
            // Each facet in turn, from a random one, as one may not suit the twilio-csharp type (a host a Uri rejects).
            int first = random.Next(pattern.Facets.Count);
            for (int i = 0; i < pattern.Facets.Count; i++)
            {
                string facet = pattern.Facets[(first + i) % pattern.Facets.Count];
                try
                {
                    return PatternSampler.Sample(facet, random, accept);
                }
                catch (InvalidOperationException) when (i < pattern.Facets.Count - 1)
                {
                }
            }
        }

        for (int i = 0; i < Tries; i++)
        {
            string value = WithCarriageReturns(TextSamples.Text(random));
            if (accept(value))
            {
                return value;
            }
        }

        throw new InvalidOperationException($"No free text for {what} passed the filter in {Tries} tries.");
    }

    private string Integer(int min, int max)
    {
        long value = random.Next(6) switch
        {
            0 => min,
            1 => max,
            2 => Math.Min((long)min + 1, max),
            3 => min + (long)(random.NextDouble() * ((long)max - min)),
            _ => random.NextInt64(min, Math.Min((long)max, (long)min + 100) + 1),
        };
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private string WithCarriageReturns(string text)
    {
        if (!carriageReturns)
        {
            return text;
        }

        int at = random.Next(text.Length + 1);
        if (at > 0 && at < text.Length && char.IsLowSurrogate(text[at]))
        {
            at--;
        }

        string inserted = random.Next(3) switch { 0 => "\r", 1 => "\r\n", _ => "\r\r\n" };
        return text.Insert(at, inserted);
    }

    private string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];

    private IEnumerable<string> Shuffle(IEnumerable<string> values) => values.OrderBy(_ => random.Next()).ToArray();
}
