using System.Collections.Generic;
using System.Linq;
using MarkupDsl.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Generator.Emitting;

/// <summary>
/// Emits, for one namespace, the element factories (one internal method per element declaration, holding every
/// value check) and the builder classes whose methods add child elements through those factories.
/// </summary>
internal static class BuilderEmitter
{
    private const string Element = "global::MarkupDsl.Markup.MarkupElement";
    private const string Validation = "global::MarkupDsl.Markup.MarkupValidation";

    public static IEnumerable<(string HintName, SourceText Source)> Emit(NamespaceModel ns)
    {
        var elements = ns.Elements.ToDictionary(e => e.Key);
        yield return ($"{ns.Namespace}.{ns.FactoryClass}.g.cs", EmitFactory(ns, elements));
        foreach (ElementModel element in ns.Elements.Where(e => e.BuilderClass is not null))
        {
            yield return ($"{ns.Namespace}.{element.BuilderClass}.g.cs", EmitBuilder(ns, element, elements));
        }
    }

    private static SourceText EmitFactory(NamespaceModel ns, Dictionary<string, ElementModel> elements)
    {
        var w = new SourceWriter();
        w.Open($"namespace {ns.Namespace}");
        w.Line("/// <summary>Creates each element of the schemas after checking every value against its declaration.</summary>");
        w.Open($"internal static class {ns.FactoryClass}");
        foreach (PatternModel pattern in ns.Patterns)
        {
            w.Line($"internal static readonly global::System.Text.RegularExpressions.Regex {pattern.Name}Pattern = new global::System.Text.RegularExpressions.Regex({Naming.Literal(pattern.Regex)}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1));");
            w.Line();
        }

        for (int i = 0; i < ns.Elements.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            EmitFactoryMethod(w, ns.Elements[i], elements);
        }

        w.Close();
        w.Close();
        return w.ToSourceText();
    }

    private static void EmitFactoryMethod(SourceWriter w, ElementModel element, Dictionary<string, ElementModel> elements)
    {
        string parameters = string.Join(", ", Parameters(element, withDefaults: false).Select(p => p.Declaration));
        w.Line($"/// <summary>Creates a &lt;{element.XmlName}&gt; ({element.SchemaFile}).</summary>");
        w.Open($"internal static {Element} {element.Key}({parameters})");
        w.Line($"var element = new {Element}(\"{element.XmlName}\");");
        if (element.HasText)
        {
            w.Line($"element.Text = {Validation}.Text(text, \"text\", \"{element.XmlName}\");");
        }

        foreach (AttributeModel attribute in element.Attributes)
        {
            string set = $"element.SetAttribute(\"{attribute.XmlName}\", {{0}});";
            if (attribute.Required)
            {
                w.Line(string.Format(set, Check(element, attribute, attribute.ParameterName)));
            }
            else if (attribute.Kind is AttributeKind.Text or AttributeKind.Pattern)
            {
                w.Open($"if ({attribute.ParameterName} is not null)");
                w.Line(string.Format(set, Check(element, attribute, attribute.ParameterName)));
                w.Close();
            }
            else
            {
                string value = attribute.ParameterName.TrimStart('@') + "Value";
                w.Open($"if ({attribute.ParameterName} is {{ }} {value})");
                w.Line(string.Format(set, Check(element, attribute, value)));
                w.Close();
            }
        }

        if (element.BuilderClass is not null && !element.IsRoot)
        {
            if (ContentRequired(element))
            {
                w.Open("if (content is null)");
                w.Line($"throw new global::System.ArgumentNullException(nameof(content), \"<{element.XmlName}> needs content: {ChildList(element, elements, escape: false)}.\");");
                w.Close();
                w.Line($"content(new {element.BuilderClass}(element));");
                foreach (ChildModel child in element.Children.Where(c => c.MinOccurs > 0))
                {
                    w.Line($"{Validation}.RequireChildren(element, \"{elements[child.ElementKey].XmlName}\", {child.MinOccurs}, nameof(content));");
                }
            }
            else
            {
                w.Line($"content?.Invoke(new {element.BuilderClass}(element));");
            }
        }

        w.Line("return element;");
        w.Close();
    }

    private static string Check(ElementModel element, AttributeModel attribute, string value)
    {
        string names = $"\"{attribute.XmlName}\", \"{element.XmlName}\"";
        return attribute.Kind switch
        {
            AttributeKind.Pattern => $"{Validation}.Pattern({value}, {attribute.ValueType}Pattern, {names}, {Naming.Literal(attribute.Rule!)})",
            AttributeKind.Enumerated => $"{Validation}.NotEmpty({value}.ToString(), {names})",
            AttributeKind.Boolean => $"{Validation}.Boolean({value})",
            AttributeKind.Integer => $"{Validation}.Integer({value}, {(attribute.Minimum == int.MinValue ? "int.MinValue" : attribute.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture))}, {names})",
            _ => $"{Validation}.Text({value}, {names})",
        };
    }

    private static SourceText EmitBuilder(NamespaceModel ns, ElementModel element, Dictionary<string, ElementModel> elements)
    {
        var w = new SourceWriter();
        w.Open($"namespace {ns.Namespace}");
        string target = element.IsRoot ? "Root" : "Element";
        if (element.IsRoot)
        {
            w.Line($"/// <summary>{Naming.Doc(element.Documentation)}</summary>");
            w.Line($"/// <remarks>Builds a &lt;{element.XmlName}&gt; document from {element.SchemaFile}; each method adds a child and returns this document, and <see cref=\"global::MarkupDsl.Markup.MarkupDocument.ToString()\"/> or the <c>WriteTo</c> methods give the XML.</remarks>");
            w.Open($"public sealed partial class {element.BuilderClass} : global::MarkupDsl.Markup.MarkupDocument");
            var parameters = Parameters(element, withDefaults: true);
            w.Line($"/// <summary>Creates an empty &lt;{element.XmlName}&gt;.</summary>");
            WriteParameterDocs(w, parameters);
            w.Line($"public {element.BuilderClass}({string.Join(", ", parameters.Select(p => p.Declaration))})");
            w.Line($"    : base({ns.FactoryClass}.{element.Key}({string.Join(", ", parameters.Select(p => p.Name))}))");
            w.Line("{");
            w.Line("}");
        }
        else
        {
            w.Line($"/// <summary>Builds the content of a &lt;{element.XmlName}&gt;: {Naming.Doc(element.Documentation)}</summary>");
            w.Line($"/// <remarks>Each method adds a child element and returns this builder, so calls chain in document order.</remarks>");
            w.Open($"public sealed partial class {element.BuilderClass}");
            w.Line($"internal {element.BuilderClass}({Element} element) => Element = element;");
            w.Line();
            w.Line($"/// <summary>The &lt;{element.XmlName}&gt; being built.</summary>");
            w.Line($"public {Element} Element {{ get; }}");
        }

        foreach (ChildModel child in element.Children)
        {
            w.Line();
            EmitChildMethod(w, ns, element, target, elements[child.ElementKey], child, elements);
        }

        w.Close();
        w.Close();
        return w.ToSourceText();
    }

    private static void EmitChildMethod(SourceWriter w, NamespaceModel ns, ElementModel parent, string target, ElementModel child, ChildModel occurrence, Dictionary<string, ElementModel> elements)
    {
        var parameters = Parameters(child, withDefaults: true);
        w.Line($"/// <summary>Adds a &lt;{child.XmlName}&gt;: {Naming.Doc(child.Documentation)}</summary>");
        WriteParameterDocs(w, parameters, child, elements);
        w.Line("/// <returns>This builder, to chain the next element.</returns>");
        w.Line("/// <exception cref=\"global::System.ArgumentNullException\">A required value is null.</exception>");
        w.Line("/// <exception cref=\"global::System.ArgumentException\">A value breaks its schema declaration or holds characters XML cannot carry; the exception's <c>ParamName</c> names the attribute.</exception>");
        if (occurrence.MaxOccurs != int.MaxValue)
        {
            w.Line($"/// <exception cref=\"global::System.InvalidOperationException\">This &lt;{parent.XmlName}&gt; already holds {occurrence.MaxOccurs} &lt;{child.XmlName}&gt;.</exception>");
        }

        string returnType = parent.BuilderClass!;
        w.Open($"public {returnType} {child.XmlName}({string.Join(", ", parameters.Select(p => p.Declaration))})");
        string created = $"{ns.FactoryClass}.{child.Key}({string.Join(", ", parameters.Select(p => p.Name))})";
        w.Line(occurrence.MaxOccurs == int.MaxValue
            ? $"{target}.Add({created});"
            : $"{Validation}.AddChild({target}, {created}, {occurrence.MaxOccurs});");
        w.Line("return this;");
        w.Close();
    }

    private static void WriteParameterDocs(SourceWriter w, List<Parameter> parameters, ElementModel? element = null, Dictionary<string, ElementModel>? elements = null)
    {
        foreach (Parameter parameter in parameters)
        {
            string doc = parameter.Name == "content" && element is not null
                ? $"Adds the children of the &lt;{element.XmlName}&gt;: {ChildList(element, elements!)}."
                : parameter.Documentation;
            w.Line($"/// <param name=\"{parameter.Name.TrimStart('@')}\">{doc}</param>");
        }
    }

    private static string ChildList(ElementModel element, Dictionary<string, ElementModel> elements, bool escape = true) =>
        string.Join(", ", element.Children.Select(c => (escape ? $"&lt;{elements[c.ElementKey].XmlName}&gt;" : $"<{elements[c.ElementKey].XmlName}>") + $" ({Occurrence(c)})"));

    private static string Occurrence(ChildModel child) => (child.MinOccurs, child.MaxOccurs) switch
    {
        (0, int.MaxValue) => "any number",
        (var min, int.MaxValue) => $"at least {min}",
        (0, var max) => $"at most {max}",
        (var min, var max) when min == max => $"exactly {min}",
        (var min, var max) => $"{min} to {max}",
    };

    private static bool ContentRequired(ElementModel element) => element.Children.Any(c => c.MinOccurs > 0);

    /// <summary>
    /// The builder parameters in call order: text, required attributes, the content callback, optional attributes
    /// (named, defaulting to null), so that the common call reads like the element it writes.
    /// </summary>
    private static List<Parameter> Parameters(ElementModel element, bool withDefaults)
    {
        var parameters = new List<Parameter>();
        if (element.HasText)
        {
            parameters.Add(new Parameter("string text", "text", "The text content."));
        }

        foreach (AttributeModel attribute in element.Attributes.Where(a => a.Required))
        {
            parameters.Add(new Parameter($"{TypeOf(attribute)} {attribute.ParameterName}", attribute.ParameterName, AttributeDoc(attribute)));
        }

        if (element.BuilderClass is not null && !element.IsRoot)
        {
            string action = $"global::System.Action<{element.BuilderClass}>";
            parameters.Add(ContentRequired(element)
                ? new Parameter($"{action} content", "content", "The content.")
                : new Parameter($"{action}? content{(withDefaults ? " = null" : string.Empty)}", "content", "The content."));
        }

        foreach (AttributeModel attribute in element.Attributes.Where(a => !a.Required))
        {
            parameters.Add(new Parameter($"{TypeOf(attribute)}? {attribute.ParameterName}{(withDefaults ? " = null" : string.Empty)}", attribute.ParameterName, AttributeDoc(attribute) + " Left out when null."));
        }

        return parameters;
    }

    private static string TypeOf(AttributeModel attribute) => attribute.Kind switch
    {
        AttributeKind.Enumerated => attribute.ValueType!,
        AttributeKind.Boolean => "bool",
        AttributeKind.Integer => "int",
        _ => "string",
    };

    private static string AttributeDoc(AttributeModel attribute)
    {
        string doc = $"The <c>{attribute.XmlName}</c> attribute: {Naming.Doc(attribute.Documentation ?? string.Empty)}";
        return attribute.Kind switch
        {
            AttributeKind.Enumerated => doc + $" Known values are the static members of <see cref=\"{attribute.ValueType}\"/>.",
            AttributeKind.Integer when attribute.Minimum != int.MinValue => doc + $" At least {attribute.Minimum}.",
            AttributeKind.Pattern => doc + $" Must be {Naming.Doc(attribute.Rule)}.",
            _ => doc,
        };
    }

    private sealed record Parameter(string Declaration, string Name, string Documentation);
}
