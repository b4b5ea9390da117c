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

    /// <summary>Formats an integer attribute after checking its bounds.</summary>
    /// <param name="value">The value.</param>
    /// <param name="minimum">The least value allowed (<see cref="int.MinValue"/> for none).</param>
    /// <param name="maximum">The greatest value allowed (<see cref="int.MaxValue"/> for none).</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="element">The element name.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside the bounds.</exception>
    public static string Integer(int value, int minimum, int maximum, string attribute, string element)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(
                attribute,
                value,
                maximum == int.MaxValue
                    ? $"The '{attribute}' of <{element}> must be at least {minimum}."
                    : $"The '{attribute}' of <{element}> must be from {minimum} to {maximum}.");
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Formats a decimal attribute (<c>xs:decimal</c>, <c>xs:double</c>) in the shortest form that reads back the same.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite, which JSON and XML Schema decimals cannot write.</exception>
    public static string Decimal(double value, string attribute, string element) => double.IsFinite(value)
        ? value.ToString("R", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(attribute, value, $"The '{attribute}' of <{element}> must be a finite number.");

    /// <summary>Returns <paramref name="value"/>, as read from a document, when it is a decimal number.</summary>
    /// <exception cref="ArgumentException">It is not a finite decimal number.</exception>
    public static string DecimalText(string value, string attribute, string element) =>
        double.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
            ? value
            : throw new ArgumentException($"The '{attribute}' of <{element}> must be a number; got '{value}'.", attribute);

    /// <summary>Formats a boolean attribute as XML Schema writes it.</summary>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>Returns <paramref name="value"/>, as read from a document, when it is an <c>xs:boolean</c>.</summary>
    /// <exception cref="ArgumentException">It is not <c>true</c>, <c>false</c>, <c>1</c> or <c>0</c>.</exception>
    public static string BooleanText(string value, string attribute, string element) => value is "true" or "false" or "1" or "0"
        ? value
        : throw new ArgumentException($"The '{attribute}' of <{element}> must be true or false; got '{value}'.", attribute);

    /// <summary>Returns <paramref name="value"/>, as read from a document, when it is a whole number within the bounds.</summary>
    /// <exception cref="ArgumentException">It is not a whole number in range.</exception>
    public static string IntegerText(string value, int minimum, int maximum, string attribute, string element)
    {
        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number))
        {
            throw new ArgumentException($"The '{attribute}' of <{element}> must be a whole number; got '{value}'.", attribute);
        }

        Integer(number, minimum, maximum, attribute, element);
        return value;
    }

    /// <summary>Formats a list attribute (<c>xs:list</c>): each item checked and formatted, joined with single spaces.</summary>
    /// <typeparam name="T">The item type: an enumerated value type or <see cref="int"/>.</typeparam>
    /// <param name="values">The items, in order.</param>
    /// <param name="item">Checks and formats one item, given the attribute and element names.</param>
    /// <param name="attribute">The attribute name.</param>
    /// <param name="element">The element name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or an item is invalid, empty or holds white space (which would split it).</exception>
    public static string List<T>(IEnumerable<T> values, Func<T, string, string, string> item, string attribute, string element)
    {
        if (values is null)
        {
            throw new ArgumentNullException(attribute, $"The '{attribute}' of <{element}> is required.");
        }

        // Collection expressions and arrays are read-only lists: indexed without an enumerator, joined in one string.
        if (values is IReadOnlyList<T> list)
        {
            switch (list.Count)
            {
                case 0:
                    break;
                case 1:
                    return ListItem(item(list[0], attribute, element), attribute, element);
                case 2:
                    return string.Concat(ListItem(item(list[0], attribute, element), attribute, element), " ", ListItem(item(list[1], attribute, element), attribute, element));
                default:
                    string[] items = new string[list.Count];
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = ListItem(item(list[i], attribute, element), attribute, element);
                    }

                    return string.Join(' ', items);
            }
        }
        else
        {
            var items = new List<string>();
            foreach (T value in values)
            {
                items.Add(ListItem(item(value, attribute, element), attribute, element));
            }

            if (items.Count > 0)
            {
                return string.Join(' ', items);
            }
        }

        throw new ArgumentException($"The '{attribute}' list of <{element}> needs at least one item.", attribute);
    }

    private static string ListItem(string formatted, string attribute, string element) =>
        formatted.Length == 0 || formatted.AsSpan().IndexOfAny(ListSeparators) >= 0
            ? throw new ArgumentException($"An item of the '{attribute}' list of <{element}> is '{formatted}'; items are non-empty and hold no white space.", attribute)
            : formatted;

    /// <summary>Returns <paramref name="value"/>, as read from a document, when it is a list of valid items.</summary>
    /// <exception cref="ArgumentException">The list is empty or an item is invalid.</exception>
    public static string ListText(string value, Func<string, string, string, string> item, string attribute, string element)
    {
        string[] items = ListItems(value);
        if (items.Length == 0)
        {
            throw new ArgumentException($"The '{attribute}' list of <{element}> needs at least one item.", attribute);
        }

        foreach (string one in items)
        {
            item(one, attribute, element);
        }

        return value;
    }

    /// <summary>The items of a list value, split at XML white space.</summary>
    public static string[] ListItems(string value) => value.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);

    // XML's white space, which separates the items of an xs:list.
    private static readonly char[] ListSeparators = [' ', '\t', '\n', '\r'];

    /// <summary>Sets attributes the schemas do not declare: the escape hatch for what a provider ships before the schemas have it.</summary>
    /// <param name="element">The element to set them on.</param>
    /// <param name="attributes">The names and values.</param>
    /// <param name="rule">The element's rule, whose declared attributes may not be set this way.</param>
    /// <exception cref="ArgumentException">A name is not an XML name, is declared for the element, or is given twice (or is already set); or a value holds characters XML cannot carry.</exception>
    public static void SetCustomAttributes(MarkupElement element, IEnumerable<KeyValuePair<string, string>> attributes, ElementRule rule)
    {
        foreach (KeyValuePair<string, string> attribute in attributes)
        {
            RefuseDeclared(rule, attribute.Key, element, "customAttributes", "not as a custom attribute");
            AddCustomAttribute(element, attribute.Key, attribute.Value, "customAttributes");
        }
    }

    // A declared attribute has its own typed parameter; a map of names and values may not set it around that check.
    private static void RefuseDeclared(ElementRule rule, string name, MarkupElement element, string parameter, string instead)
    {
        if (Array.Exists(rule.Attributes, a => string.Equals(a.Name, name, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{name}' is declared for <{element.Name}>: set it through its own parameter, {instead}.", parameter);
        }
    }

    /// <summary>Sets an attribute that is not set yet, after checking its name as an XML name and its value as XML text.</summary>
    /// <exception cref="ArgumentException">The name is not an XML name or is already set, or the value holds characters XML cannot carry.</exception>
    internal static void AddCustomAttribute(MarkupElement element, string name, string value, string parameter)
    {
        XmlName(name, parameter, element.Name);
        if (element.GetAttribute(name) is not null)
        {
            throw new ArgumentException($"<{element.Name}> has '{name}' twice.", parameter);
        }

        element.SetAttribute(name, Text(value, name, element.Name));
    }

    /// <summary>Returns <paramref name="name"/> when it is an XML name (XML 1.0 §2.3; a prefix such as <c>amazon:</c> is allowed).</summary>
    /// <exception cref="ArgumentException">It is null, empty or not a name.</exception>
    public static string XmlName(string name, string parameter, string element)
    {
        try
        {
            return System.Xml.XmlConvert.VerifyName(name);
        }
        catch (Exception exception) when (exception is System.Xml.XmlException or ArgumentNullException)
        {
            throw new ArgumentException($"'{name}' given to <{element}> is not an XML name.", parameter, exception);
        }
    }

    /// <summary>Sets free-form attributes (an <c>xs:anyAttribute</c> map, such as SWML's <c>custom_parameters</c>).</summary>
    /// <param name="element">The element to set them on.</param>
    /// <param name="attributes">The names and values.</param>
    /// <param name="rule">The element's rule: a name it declares has its own typed, checked parameter (SWML ai's <c>params</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is empty, declared for the element or given twice, or a name or value holds characters the markup cannot carry.</exception>
    public static void SetAttributes(MarkupElement element, IEnumerable<KeyValuePair<string, string>> attributes, ElementRule rule)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        foreach (KeyValuePair<string, string> attribute in attributes)
        {
            NotEmpty(attribute.Key, "attributes", element.Name);
            RefuseDeclared(rule, attribute.Key, element, "attributes", "where its type is checked");
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

    /// <summary>
    /// Appends an SWML keyed child (a <c>switch</c> <c>case</c>), refusing a second one with the same key: SWML writes these
    /// children as the keys of one JSON object, where a repeated key could not be read back.
    /// </summary>
    /// <param name="parent">The element the child goes into.</param>
    /// <param name="child">The keyed child.</param>
    /// <param name="keyAttribute">The attribute whose value is the child's key (<c>value</c> for a case).</param>
    /// <exception cref="ArgumentException">A sibling of the same name already has this key; <c>ParamName</c> is <paramref name="keyAttribute"/>.</exception>
    public static void AddKeyedChild(MarkupElement parent, MarkupElement child, string keyAttribute)
    {
        string? key = child.GetAttribute(keyAttribute);
        foreach (MarkupElement sibling in parent.Children.AsSpan())
        {
            if (sibling.Name == child.Name && sibling.GetAttribute(keyAttribute) == key)
            {
                throw new ArgumentException(
                    $"<{parent.Name}> already has a <{child.Name}> whose {keyAttribute} is '{key}'; SWML writes them as the keys of one object, so each must differ.",
                    keyAttribute);
            }
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
