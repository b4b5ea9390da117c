using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MarkupDsl.Markup;
using TwilioNode = Twilio.TwiML.TwiML;

namespace MarkupDsl.Tests.Conformance;

/// <summary>Builds a <see cref="SpecElement"/> tree with each library, through its public API, by reflection.</summary>
internal static class SpecRenderer
{
    private static readonly MethodInfo WrapMethod = typeof(SpecRenderer).GetMethod(nameof(Wrap), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>MarkupDsl: the document class, each child through its parent builder's method, text through <c>Text</c>.</summary>
    public static MarkupDocument ToMarkupDsl(SpecElement root)
    {
        // The document classes' one constructor takes optional custom attributes.
        ConstructorInfo constructor = root.Node.Builder!.GetConstructors().Single();
        object document = constructor.Invoke(new object?[constructor.GetParameters().Length]);
        AddContent(document, root);
        return (MarkupDocument)document;
    }

    /// <summary>twilio-csharp: each element from its constructor, children through <c>Append</c>, text through <c>AddText</c>.</summary>
    public static TwilioNode ToTwilio(SpecElement element)
    {
        var arguments = new Dictionary<string, object?>();
        foreach (var (pair, value) in element.Attributes)
        {
            arguments[pair.Twilio.Name!] = Convert(value, pair.Twilio.ParameterType);
        }

        if (element.Form == ElementForm.Text)
        {
            ParameterInfo body = element.Node.Twilio.Body!;
            arguments[body.Name!] = Convert(element.Text!, body.ParameterType);
        }

        TwilioNode node = element.Node.Twilio.Create(arguments);
        foreach (object item in element.Content)
        {
            if (item is string text)
            {
                node.AddText(text);
            }
            else
            {
                node.Append(ToTwilio((SpecElement)item));
            }
        }

        return node;
    }

    private static object Convert(string value, Type type) =>
        TwilioValues.TryConvert(value, type) ?? throw new NotSupportedException($"No conversion of '{value}' to {type}.");

    private static void AddContent(object builder, SpecElement element)
    {
        foreach (object item in element.Content)
        {
            if (item is string text)
            {
                MarkupChildMethods.TextMethod(builder.GetType())!.Invoke(builder, BindingFlags.DoNotWrapExceptions, null, [text], null);
            }
            else
            {
                AddChild(builder, (SpecElement)item);
            }
        }
    }

    private static void AddChild(object builder, SpecElement child)
    {
        MarkupChildMethods methods = child.Edge!.Methods;
        MethodInfo method = child.Form switch
        {
            ElementForm.Text => methods.TextOverload!,
            ElementForm.Content => methods.ContentOverload!,
            _ => methods.PlainOverload!,
        };
        object?[] arguments = method.GetParameters().Select(parameter => parameter.Name switch
        {
            "text" => child.Text,
            // No content leaves an optional callback out, as a caller would.
            "content" when child.Content.Count == 0 && !methods.ContentRequired => null,
            "content" => WrapMethod.MakeGenericMethod(methods.ContentBuilder!)
                .Invoke(null, [(Action<object>)(contentBuilder => AddContent(contentBuilder, child))]),
            "customAttributes" => null,
            _ => child.Attributes.Where(a => a.Pair.MarkupDsl.Name == parameter.Name)
                .Select(a => MarkupChildMethods.ToParameterValue(a.Value, parameter.ParameterType))
                .FirstOrDefault(),
        }).ToArray();
        method.Invoke(builder, BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }

    private static Action<T> Wrap<T>(Action<object> body) => builder => body(builder!);
}
