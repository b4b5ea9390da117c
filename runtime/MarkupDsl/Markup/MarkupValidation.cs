using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;

namespace MarkupDsl.Markup;

/// <summary>
/// The checks that generated builders run on every value before it enters a document. Each failure names the
/// attribute (as the exception's <see cref="ArgumentException.ParamName"/>) and the element it belongs to.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MarkupValidation
{
    /// <summary>Returns <paramref name="value"/> when XML can carry every character of it.</summary>
    /// <param name="value">An attribute value or text content.</param>
    /// <param name="attribute">The attribute (or builder parameter) name, used as the exception's parameter name.</param>
    /// <param name="element">The element name, for the message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds a control character other than tab, line
    /// feed and carriage return, an unpaired surrogate, or U+FFFE/U+FFFF (XML 1.0 §2.2).</exception>
    public static string Text(string value, string attribute, string element)
    {
        if (value is null)
        {
            throw new ArgumentNullException(attribute, $"The '{attribute}' of <{element}> is required.");
        }

        // Nearly every value lies in U+0020-U+D7FF: one vectorised scan finds the first character that needs a look.
        int first = value.AsSpan().IndexOfAnyExceptInRange(' ', '\uD7FF');
        if (first < 0)
        {
            return value;
        }

        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= 0x20 && c < 0xD800 || c is '\t' or '\n' or '\r' || c >= 0xE000 && c <= 0xFFFD)
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            throw new ArgumentException(
                $"The '{attribute}' of <{element}> holds U+{(int)c:X4} at index {i}, which XML cannot carry.",
                attribute);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when it is a non-empty value XML can carry.</summary>
    /// <exception cref="ArgumentException">The value is empty or fails <see cref="Text"/>.</exception>
    public static string NotEmpty(string value, string attribute, string element)
    {
        Text(value, attribute, element);
        if (value.Length == 0)
        {
            throw new ArgumentException($"The '{attribute}' of <{element}> must not be empty.", attribute);
        }

        return value;
    }

    /// <summary>Returns <paramref name="value"/> when the whole of it matches the schema's pattern.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="pattern">The schema's <c>xs:pattern</c> facets.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="element">The element name.</param>
    /// <param name="rule">What the pattern means, in words, for the message.</param>
    /// <exception cref="ArgumentException">The value does not match, or fails <see cref="Text"/>.</exception>
    public static string Pattern(string value, MarkupPattern pattern, string attribute, string element, string rule)
    {
        Text(value, attribute, element);
        if (!pattern.IsMatch(value))
        {
            throw new ArgumentException(
                $"The '{attribute}' of <{element}> must be {rule}; got '{value}'.",
                attribute);
        }

        return value;
    }

    /// <summary>Formats an integer attribute after checking its lower bound.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is below <paramref name="minimum"/>.</exception>
    public static string Integer(int value, int minimum, string attribute, string element)
    {
        if (value < minimum)
        {
            throw new ArgumentOutOfRangeException(
                attribute,
                value,
                $"The '{attribute}' of <{element}> must be at least {minimum}.");
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a boolean attribute as XML Schema writes it.</summary>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>Returns <paramref name="value"/>, as read from a document, when it is an <c>xs:boolean</c>.</summary>
    /// <exception cref="ArgumentException">It is not <c>true</c>, <c>false</c>, <c>1</c> or <c>0</c>.</exception>
    public static string BooleanText(string value, string attribute, string element) => value is "true" or "false" or "1" or "0"
        ? value
        : throw new ArgumentException($"The '{attribute}' of <{element}> must be true or false; got '{value}'.", attribute);

    /// <summary>Returns <paramref name="value"/>, as read from a document, when it is a whole number of at least <paramref name="minimum"/>.</summary>
    /// <exception cref="ArgumentException">It is not a whole number in range.</exception>
    public static string IntegerText(string value, int minimum, string attribute, string element)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
        {
            throw new ArgumentException($"The '{attribute}' of <{element}> must be a whole number; got '{value}'.", attribute);
        }

        Integer(number, minimum, attribute, element);
        return value;
    }

    /// <summary>Sets free-form attributes (an <c>xs:anyAttribute</c> map, such as SWML's <c>custom_parameters</c>).</summary>
    /// <param name="element">The element to set them on.</param>
    /// <param name="attributes">The names and values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is empty or given twice, or a name or value holds characters the markup cannot carry.</exception>
    public static void SetAttributes(MarkupElement element, IEnumerable<KeyValuePair<string, string>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        foreach (KeyValuePair<string, string> attribute in attributes)
        {
            NotEmpty(attribute.Key, "attributes", element.Name);
            if (element.GetAttribute(attribute.Key) is not null)
            {
                throw new ArgumentException($"<{element.Name}> has '{attribute.Key}' twice.", "attributes");
            }

            element.SetAttribute(attribute.Key, Text(attribute.Value, attribute.Key, element.Name));
        }
    }

    /// <summary>Appends <paramref name="child"/> unless the parent already holds the most the schema allows.</summary>
    /// <exception cref="InvalidOperationException">The parent already has <paramref name="maxOccurs"/> such children.</exception>
    public static void AddChild(MarkupElement parent, MarkupElement child, int maxOccurs)
    {
        if (parent.CountChildren(child.Name) >= maxOccurs)
        {
            throw new InvalidOperationException(
                $"<{parent.Name}> allows at most {maxOccurs} <{child.Name}>.");
        }

        parent.Add(child);
    }

    /// <summary>Checks, after a content callback ran, that the element holds at least as many children as a required choice.</summary>
    /// <param name="element">The element whose content was built.</param>
    /// <param name="minimum">How many children, of any kind, the schema requires.</param>
    /// <param name="parameter">The builder parameter that supplied the content.</param>
    /// <exception cref="ArgumentException">Fewer were added.</exception>
    public static void RequireContent(MarkupElement element, int minimum, string parameter)
    {
        if (element.Children.Count < minimum)
        {
            throw new ArgumentException(
                $"<{element.Name}> must contain at least {minimum} child element(s); the {parameter} callback added {element.Children.Count}.",
                parameter);
        }
    }

    /// <summary>Checks, after a content callback ran, that the element holds the children the schema requires.</summary>
    /// <param name="element">The element whose content was built.</param>
    /// <param name="child">The required child's name.</param>
    /// <param name="minOccurs">How many the schema requires.</param>
    /// <param name="parameter">The builder parameter that supplied the content.</param>
    /// <exception cref="ArgumentException">Fewer than <paramref name="minOccurs"/> were added.</exception>
    public static void RequireChildren(MarkupElement element, string child, int minOccurs, string parameter)
    {
        if (element.CountChildren(child) < minOccurs)
        {
            throw new ArgumentException(
                $"<{element.Name}> must contain at least {minOccurs} <{child}>; the {parameter} callback added {element.CountChildren(child)}.",
                parameter);
        }
    }
}
