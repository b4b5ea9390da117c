using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// Turns an attribute value, as the XML holds it, into the type a twilio-csharp constructor parameter has: strings,
/// <c>int?</c>, <c>bool?</c>, <see cref="Uri"/>, and the classes that convert implicitly from a string (its
/// <c>StringEnum</c>s, <c>HttpMethod</c>, <c>PhoneNumber</c>); lists (<c>IEnumerable&lt;T&gt;</c>) are space-separated.
/// </summary>
internal static class TwilioValues
{
    /// <summary>Whether twilio-csharp writes a <see cref="Uri"/> value back exactly: it writes <see cref="Uri.OriginalString"/>.</summary>
    public static bool IsExactUri(string value)
    {
        try
        {
            return new Uri(value, UriKind.RelativeOrAbsolute).OriginalString == value;
        }
        catch (UriFormatException)
        {
            return false;
        }
    }

    /// <summary>Whether a value of the given XML text can be passed as <paramref name="type"/>.</summary>
    public static bool Accepts(Type type, string value)
    {
        Type target = Nullable.GetUnderlyingType(type) ?? type;
        if (ItemType(type) is { } item && type != typeof(string))
        {
            return value.Split(' ').All(v => Accepts(item, v));
        }

        return target == typeof(bool) ? value is "true" or "false"
            : target == typeof(int) ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            : target != typeof(Uri) || IsExactUri(value);
    }

    /// <summary>The value as <paramref name="type"/>, or null when the type is not one twilio-csharp uses for values.</summary>
    public static object? TryConvert(string value, Type type)
    {
        Type target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string))
        {
            return value;
        }

        if (ItemType(type) is { } item)
        {
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            foreach (string part in value.Split(' '))
            {
                list.Add(TryConvert(part, item) ?? throw new NotSupportedException($"No conversion to {item}."));
            }

            return list;
        }

        if (target == typeof(int))
        {
            return int.Parse(value, CultureInfo.InvariantCulture);
        }

        if (target == typeof(bool))
        {
            return bool.Parse(value);
        }

        if (target == typeof(Uri))
        {
            return new Uri(value, UriKind.RelativeOrAbsolute);
        }

        MethodInfo? fromString = target.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .FirstOrDefault(m => m.Name == "op_Implicit" && m.ReturnType == target && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string));
        return fromString?.Invoke(null, [value]);
    }

    private static Type? ItemType(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
        ? type.GetGenericArguments()[0]
        : null;
}
