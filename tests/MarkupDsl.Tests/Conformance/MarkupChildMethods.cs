using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// The public methods of a MarkupDsl builder that add one kind of child element: the overload taking
/// <c>string text</c>, the one taking <c>Action&lt;XBuilder&gt; content</c>, or the single one taking neither.
/// </summary>
internal sealed class MarkupChildMethods
{
    private const string TextParameter = "text";
    private const string ContentParameter = "content";
    private const string CustomAttributesParameter = "customAttributes";

    private MarkupChildMethods(string name, IReadOnlyList<MethodInfo> overloads)
    {
        Name = name;
        TextOverload = overloads.SingleOrDefault(m => m.GetParameters().Any(p => p.Name == TextParameter));
        // A mixed element's text overload takes optional content too; the content overload is the other one.
        ContentOverload = overloads.SingleOrDefault(m => m != TextOverload && m.GetParameters().Any(p => p.Name == ContentParameter));
        PlainOverload = overloads.SingleOrDefault(m => m != TextOverload && m != ContentOverload);
        if (ContentOverload?.GetParameters().Single(p => p.Name == ContentParameter) is { } content)
        {
            ContentBuilder = content.ParameterType.GetGenericArguments()[0];
            ContentRequired = !content.IsOptional;
        }

        AttributeParameters = overloads[0].GetParameters()
            .Where(p => p.Name is not (TextParameter or ContentParameter or CustomAttributesParameter))
            .ToArray();
    }

    /// <summary>The method name (<c>SayAs</c>, <c>Uri</c>).</summary>
    public string Name { get; }

    public MethodInfo? TextOverload { get; }

    public MethodInfo? ContentOverload { get; }

    public MethodInfo? PlainOverload { get; }

    /// <summary>The builder the content callback receives.</summary>
    public Type? ContentBuilder { get; }

    /// <summary>The content callback has no default: the element needs children.</summary>
    public bool ContentRequired { get; }

    /// <summary>The attribute parameters, in declaration order (required ones first).</summary>
    public IReadOnlyList<ParameterInfo> AttributeParameters { get; }

    /// <summary>The child methods of a builder class (not <c>Text</c>, <c>CustomElement</c> nor the <c>With...</c> extensions).</summary>
    public static IReadOnlyList<MarkupChildMethods> Of(Type builder) => builder
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.ReturnType == builder && m.Name is not ("Text" or "CustomElement"))
        .GroupBy(m => m.Name, StringComparer.Ordinal)
        .Select(g => new MarkupChildMethods(g.Key, g.ToArray()))
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Whether the builder takes text between child elements (mixed content).</summary>
    public static MethodInfo? TextMethod(Type builder) => builder.GetMethod("Text", [typeof(string)]);

    /// <summary>The value, as XML holds it, as the parameter's type: string, int, bool, a value type, or a list of them.</summary>
    public static object ToParameterValue(string value, Type parameterType)
    {
        Type target = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        if (target == typeof(string))
        {
            return value;
        }

        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            Type item = target.GetGenericArguments()[0];
            string[] parts = value.Split(' ');
            var array = Array.CreateInstance(item, parts.Length);
            for (int i = 0; i < parts.Length; i++)
            {
                array.SetValue(ToParameterValue(parts[i], item), i);
            }

            return array;
        }

        if (target == typeof(int))
        {
            return int.Parse(value, CultureInfo.InvariantCulture);
        }

        if (target == typeof(bool))
        {
            return bool.Parse(value);
        }

        // Enumerated value types (GatherInput, Track, ...) are built from their wire string.
        return Activator.CreateInstance(target, value)!;
    }

    /// <summary>The values an enumerated parameter documents (from <see cref="KnownValuesAttribute"/> on its value type), or null.</summary>
    public static IReadOnlyList<string>? KnownValues(Type parameterType)
    {
        Type target = Nullable.GetUnderlyingType(parameterType) ?? parameterType;
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            target = target.GetGenericArguments()[0];
        }

        return target.GetCustomAttribute<KnownValuesAttribute>()?.Values;
    }

    public static bool IsList(Type parameterType) =>
        parameterType.IsGenericType && parameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>);
}
