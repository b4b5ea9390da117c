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

    public static IEnumerable<(string HintName, SourceText Source)> Emit(DialectModel ns)
    {
        var elements = ns.Elements.ToDictionary(e => e.Key);
        yield return ($"{ns.Namespace}.{ns.FactoryClass}.g.cs", EmitFactory(ns, elements));
        // In a consumer's build the library's elements are there to be referred to; the library already has their code.
        foreach (ElementModel element in ns.Elements.Where(e => e.BuilderClass is not null && !e.IsLibrary))
        {
            yield return ($"{ns.Namespace}.{element.BuilderClass}.g.cs", EmitBuilder(ns, element, elements));
        }

        foreach (ElementModel element in ns.Elements.Where(e => e.Parents.Count > 0))
        {
            yield return ($"{ns.Namespace}.{element.Key}Extensions.g.cs", EmitExtensions(ns, element, elements));
        }

        foreach (var group in ns.AttributeExtensions.GroupBy(x => x.Attribute.XmlName))
        {
            yield return ($"{ns.Namespace}.{Naming.Pascal(group.Key)}AttributeExtensions.g.cs", EmitAttributeExtensions(ns, group.ToList()));
        }
    }

    private static SourceText EmitFactory(DialectModel ns, Dictionary<string, ElementModel> elements)
    {
        var w = new SourceWriter();
        w.Open($"namespace {ns.Namespace}");
        // The library's factories are public, hidden from IntelliSense, so that a consumer's elements can hold its elements.
        string access = ns.LibraryFactoryClass is null ? "public" : "internal";
        w.Template($$"""
            {{(ns.LibraryFactoryClass is null
                ? $"/// <summary>Creates each {ns.Dialect} element after checking every value against its declaration, and holds the grammar documents are parsed with; for generated code, which the builders call.</summary>\n[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]"
                : $"/// <summary>Creates each {ns.Dialect} element this project's schemas declare, and extends the library's grammar with them.</summary>")}}
            """);
        w.OpenType($"{access} static class {ns.FactoryClass}");
        var tags = new TagFields(ns);
        tags.Emit(w);
        foreach (PatternModel pattern in ns.Patterns.Where(p => p.HasField))
        {
            w.Template($$"""
                internal static readonly global::MarkupDsl.Markup.MarkupPattern {{pattern.Name}}Pattern = new global::MarkupDsl.Markup.MarkupPattern({{string.Join(", ", pattern.Facets.Select(Naming.Literal))}});

                """);
        }

        // After the patterns: static fields initialise in text order, and the grammar's checks use the patterns.
        GrammarEmitter.Emit(w, ns, elements);

        List<ElementModel> own = ns.Elements.Where(e => !e.IsLibrary).ToList();
        for (int i = 0; i < own.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            EmitFactoryMethod(w, own[i], elements, tags, access);
        }

        w.Close();
        w.Close();
        return w.ToSourceText();
    }

    private static void EmitFactoryMethod(SourceWriter w, ElementModel element, Dictionary<string, ElementModel> elements, TagFields tags, string access)
    {
        string parameters = string.Join(", ", Parameters(element, withDefaults: false, Form.Factory).Select(p => p.Declaration));
        w.Template($$"""
            /// <summary>Creates a &lt;{{element.XmlName}}&gt; ({{element.SchemaFile}}).</summary>
            {{access}} static {{Element}} {{element.Key}}({{parameters}})
            {
                var element = new {{Element}}({{tags.Element(element.XmlName)}});
                {{SetText(element)}}
                {{(element.AnyAttributes ? $"{Validation}.SetAttributes(element, attributes, Grammar[\"{element.Key}\"]);" : string.Empty)}}
                {{SourceWriter.Lines(element.Attributes, attribute => SetAttribute(element, attribute, tags))}}
                if (customAttributes is not null)
                {
                    {{Validation}}.SetCustomAttributes(element, customAttributes, Grammar["{{element.Key}}"]);
                }
                {{AddContent(element, elements)}}
                return element;
            }
            """);
    }

    private static string SetText(ElementModel element)
    {
        string set = $"element.Text = {Validation}.Text(text, \"text\", \"{element.XmlName}\");";
        if (element.Mixed)
        {
            return SourceWriter.Fill($$"""
                if (text is not null)
                {
                    {{set}}
                }
                """);
        }

        return element.HasText ? set : string.Empty;
    }

    // A required attribute is set as given; an optional one when given, its value type unwrapped.
    private static string SetAttribute(ElementModel element, AttributeModel attribute, TagFields tags)
    {
        string Set(string value) => $"element.SetAttribute({tags.Attribute(attribute.XmlName)}, {Check(Quote(element.XmlName), attribute, value)});";
        string parameter = attribute.ParameterName;
        if (attribute.Required)
        {
            return Set(parameter);
        }

        if (attribute.Kind is AttributeKind.Text or AttributeKind.Pattern)
        {
            return SourceWriter.Fill($$"""
                if ({{parameter}} is not null)
                {
                    {{Set(parameter)}}
                }
                """);
        }

        string value = parameter.TrimStart('@') + "Value";
        return SourceWriter.Fill($$"""
            if ({{parameter}} is { } {{value}})
            {
                {{Set(value)}}
            }
            """);
    }

    // Builds the children through the element's builder; required content is checked once the callback has run.
    private static string AddContent(ElementModel element, Dictionary<string, ElementModel> elements)
    {
        if (element.BuilderClass is null || element.IsRoot)
        {
            return string.Empty;
        }

        if (!ContentRequired(element) || element.Mixed)
        {
            return $"content?.Invoke(new {element.BuilderClass}(element));";
        }

        return SourceWriter.Fill($$"""
            if (content is null)
            {
                throw new global::System.ArgumentNullException(nameof(content), "<{{element.XmlName}}> needs content: {{ChildList(element, elements, escape: false)}}.");
            }
            content(new {{element.BuilderClass}}(element));
            {{SourceWriter.Lines(element.Children.Where(c => c.MinOccurs > 0), child => $"{Validation}.RequireChildren(element, \"{elements[child.ElementKey].XmlName}\", {child.MinOccurs}, nameof(content));")}}
            {{(element.MinChildren > 0 ? $"{Validation}.RequireContent(element, {element.MinChildren}, nameof(content));" : string.Empty)}}
            """);
    }

    /// <summary>The expression that checks and formats an attribute value; <paramref name="valueIsText"/> when parsing.</summary>
    /// <param name="elementName">A C# expression giving the element name, for messages.</param>
    /// <param name="names">The C# arguments naming the attribute and element in messages; by default the attribute's name and <paramref name="elementName"/>.</param>
    internal static string Check(string elementName, AttributeModel attribute, string value, bool valueIsText = false, string? names = null)
    {
        names ??= $"\"{attribute.XmlName}\", {elementName}";
        return attribute.Kind switch
        {
            AttributeKind.Pattern => $"{Validation}.Pattern({value}, {attribute.ValueType}Pattern, {names}, {Naming.Literal(attribute.Rule!)})",
            AttributeKind.Enumerated => $"{Validation}.NotEmpty({(valueIsText ? value : value + ".ToString()")}, {names})",
            AttributeKind.Boolean => valueIsText ? $"{Validation}.BooleanText({value}, {names})" : $"{Validation}.Boolean({value})",
            AttributeKind.Decimal => $"{Validation}.{(valueIsText ? "DecimalText" : "Decimal")}({value}, {names})",
            AttributeKind.Integer => valueIsText
                ? $"{Validation}.IntegerText({value}, {Bounds(attribute)}, {names})"
                : $"{Validation}.Integer({value}, {Bounds(attribute)}, {names})",
            AttributeKind.List => valueIsText
                ? $"{Validation}.ListText({value}, static (item, attribute, element) => {Check(elementName, attribute.Item!, "item", valueIsText: true, "attribute, element")}, {names})"
                : $"{Validation}.List({value}, static (item, attribute, element) => {Check(elementName, attribute.Item!, "item", names: "attribute, element")}, {names})",
            _ => $"{Validation}.Text({value}, {names})",
        };
    }

    private static string Bounds(AttributeModel attribute) => Int(attribute.Minimum) + ", " + Int(attribute.Maximum);

    private static string Int(int value) => value switch
    {
        int.MinValue => "int.MinValue",
        int.MaxValue => "int.MaxValue",
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static SourceText EmitBuilder(DialectModel ns, ElementModel element, Dictionary<string, ElementModel> elements)
    {
        var w = new SourceWriter();
        w.Open($"namespace {ns.Namespace}");
        string target = element.IsRoot ? "Root" : "Element";
        if (element.IsRoot)
        {
            w.Template($$"""
                /// <summary>{{Naming.Doc(element.Documentation)}}</summary>
                /// <remarks>Builds a &lt;{{element.XmlName}}&gt; document from {{element.SchemaFile}}; each method adds a child and returns this document, and <see cref="global::MarkupDsl.Markup.MarkupDocument.ToString()"/> or the <c>WriteTo</c> methods write it.</remarks>
                """);
            w.OpenType($"public sealed partial class {element.BuilderClass} : {ns.DocumentBase}");
            var parameters = Parameters(element, withDefaults: true, patterns: ns.Patterns);
            w.Template($$"""
                /// <summary>Creates an empty &lt;{{element.XmlName}}&gt;.</summary>
                {{ParameterDocs(parameters)}}
                public {{element.BuilderClass}}({{string.Join(", ", parameters.Select(p => p.Declaration))}})
                    : base({{ns.FactoryClass}}.{{element.Key}}({{string.Join(", ", parameters.Select(p => p.Name))}}))
                {
                }

                private {{element.BuilderClass}}({{Element}} root)
                    : base(root)
                {
                }
                """);
            if (ns.DocumentBase == Dialect.SwmlDocument)
            {
                w.Template($$"""

                    /// <inheritdoc/>
                    protected override global::MarkupDsl.Markup.MarkupGrammar Grammar => {{ns.FactoryClass}}.Grammar;

                    /// <inheritdoc/>
                    protected override string RootKey => "{{element.Key}}";
                    """);
            }

            EmitParseMethods(w, ns, element);
        }
        else
        {
            w.Template($$"""
                /// <summary>Builds the content of a &lt;{{element.XmlName}}&gt;: {{Naming.Doc(element.Documentation)}}</summary>
                /// <remarks>Each method adds a child element and returns this builder, so calls chain in document order.</remarks>
                """);
            w.OpenType($"public sealed partial class {element.BuilderClass}");
            w.Template($$"""
                internal {{element.BuilderClass}}({{Element}} element) => Element = element;

                /// <summary>The &lt;{{element.XmlName}}&gt; being built.</summary>
                public {{Element}} Element { get; }
                """);
        }

        if (element.Mixed)
        {
            w.Template($$"""

                /// <summary>Adds text after what this &lt;{{element.XmlName}}&gt; holds so far; child elements and text may alternate in any order.</summary>
                /// <param name="text">The text, escaped when written.</param>
                /// <returns>This builder, to chain the next call.</returns>
                /// <exception cref="global::System.ArgumentNullException"><paramref name="text"/> is null.</exception>
                /// <exception cref="global::System.ArgumentException"><paramref name="text"/> holds characters XML cannot carry.</exception>
                public {{element.BuilderClass}} Text(string text)
                {
                    {{target}}.AddText({{Validation}}.Text(text, "text", "{{element.XmlName}}"));
                    return this;
                }
                """);
        }

        foreach (ChildModel child in element.Children)
        {
            w.Line();
            EmitChildMethod(w, ns, element, target, elements[child.ElementKey], child, elements);
        }

        w.Template($$"""

            /// <summary>Adds an element the schemas do not declare (yet), for example one the provider shipped after this release; <c>Parse</c> reports it as unknown.</summary>
            /// <param name="name">The element name, an XML name (a prefix such as <c>amazon:</c> is allowed).</param>
            /// <param name="content">Sets its attributes, text and children.</param>
            /// <returns>This builder, to chain the next call.</returns>
            /// <exception cref="global::System.ArgumentException"><paramref name="name"/> is not an XML name, or names a child the schemas declare for &lt;{{element.XmlName}}&gt; (use its own method).</exception>
            public {{element.BuilderClass}} CustomElement(string name, global::System.Action<global::MarkupDsl.Markup.CustomElementBuilder>? content = null)
            {
                {{target}}.Add(global::MarkupDsl.Markup.CustomElementBuilder.Create(name, content, {{ns.FactoryClass}}.Grammar["{{element.Key}}"]));
                return this;
            }
            """);

        w.Close();
        w.Close();
        return w.ToSourceText();
    }

    private static SourceText EmitExtensions(DialectModel ns, ElementModel element, Dictionary<string, ElementModel> elements)
    {
        var w = new SourceWriter();
        w.Open($"namespace {ns.Namespace}");
        w.Line($"/// <summary>Adds &lt;{element.XmlName}&gt; ({element.SchemaFile}) to the builders its schema names as parents.</summary>");
        w.OpenType($"public static class {element.Key}Extensions");
        var occurrence = new ChildModel(element.Key, 0, int.MaxValue);
        for (int i = 0; i < element.Parents.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            ParentModel parent = element.Parents[i];
            EmitChildMethod(w, ns, parent.BuilderClass, parent.BuilderClass, parent.IsDocument ? "builder.Root" : "builder.Element", element, occurrence, elements, extension: true);
        }

        w.Close();
        w.Close();
        return w.ToSourceText();
    }

    private static SourceText EmitAttributeExtensions(DialectModel ns, List<AttributeExtensionModel> extensions)
    {
        AttributeModel attribute = extensions[0].Attribute;
        string name = Naming.Pascal(attribute.XmlName);
        var w = new SourceWriter();
        w.Open($"namespace {ns.Namespace}");
        w.Line($"/// <summary>Sets the <c>{attribute.XmlName}</c> attribute ({extensions[0].SchemaFile}) on the builders its schema names as parents.</summary>");
        w.OpenType($"public static class {name}AttributeExtensions");
        for (int i = 0; i < extensions.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            ParentModel parent = extensions[i].Parent;
            string target = parent.IsDocument ? "builder.Root" : "builder.Element";
            w.Template($$"""
                /// <summary>Sets the <c>{{attribute.XmlName}}</c> attribute, replacing an earlier value.</summary>
                /// <param name="builder">The builder whose element gets the attribute.</param>
                /// <param name="value">{{AttributeDoc(attribute)}}</param>
                /// <returns>The builder, to chain the next call.</returns>
                /// <exception cref="global::System.ArgumentException">The value breaks its schema declaration or holds characters the markup cannot carry.</exception>
                public static {{parent.BuilderClass}} With{{name}}(this {{parent.BuilderClass}} builder, {{TypeOf(attribute)}} value)
                {
                    {{target}}.SetAttribute("{{attribute.XmlName}}", {{Check($"{target}.Name", attribute, "value")}});
                    return builder;
                }
                """);
        }

        w.Close();
        w.Close();
        return w.ToSourceText();
    }

    private static void EmitParseMethods(SourceWriter w, DialectModel ns, ElementModel element)
    {
        string type = element.BuilderClass!;
        string reader = ns.Reader;
        string grammar = $"{ns.FactoryClass}.Grammar, \"{element.Key}\"";
        string exceptions = "/// <exception cref=\"global::MarkupDsl.Markup.MarkupParseException\">The document is malformed or breaks the schemas; <see cref=\"global::MarkupDsl.Markup.MarkupParseException.Errors\"/> lists every problem with its line and column.</exception>";
        w.Template($$"""

            /// <summary>Reads a {{ns.Dialect}} document into the same model the builders make, checking it against the schemas.</summary>
            /// <param name="text">The whole document.</param>
            /// <returns>The document; <c>ToString()</c> writes it back.</returns>
            {{exceptions}}
            public static {{type}} Parse(string text) => new {{type}}({{reader}}.Parse(text, {{grammar}}));

            /// <summary>Reads a {{ns.Dialect}} document from UTF-8 bytes, checking it against the schemas.</summary>
            /// <param name="utf8">The document; read to its end, not closed.</param>
            /// <returns>The document.</returns>
            {{exceptions}}
            public static {{type}} Load(global::System.IO.Stream utf8) => new {{type}}({{reader}}.Load(utf8, {{grammar}}));

            /// <summary>Reads a {{ns.Dialect}} document from a text reader, checking it against the schemas.</summary>
            /// <param name="reader">The document; read to its end, not closed.</param>
            /// <returns>The document.</returns>
            {{exceptions}}
            public static {{type}} Load(global::System.IO.TextReader reader) => new {{type}}({{reader}}.Load(reader, {{grammar}}));

            /// <summary>Checks a {{ns.Dialect}} document against the schemas without throwing, as a linter would.</summary>
            /// <param name="text">The whole document.</param>
            /// <returns>Every problem with its line and column, in document order: errors (what <c>Parse</c> throws for) and warnings (enumerated values the provider does not document, which <c>Parse</c> accepts); empty when there is none.</returns>
            public static global::System.Collections.Generic.IReadOnlyList<global::MarkupDsl.Markup.MarkupError> Validate(string text) => {{reader}}.Validate(text, {{grammar}});
            """);
    }

    private static void EmitChildMethod(SourceWriter w, DialectModel ns, ElementModel parent, string target, ElementModel child, ChildModel occurrence, Dictionary<string, ElementModel> elements) =>
        EmitChildMethod(w, ns, parent.BuilderClass!, parent.XmlName, target, child, occurrence, elements, extension: false);

    private static void EmitChildMethod(SourceWriter w, DialectModel ns, string returnType, string parentName, string target, ElementModel child, ChildModel occurrence, Dictionary<string, ElementModel> elements, bool extension)
    {
        if (!child.Mixed)
        {
            EmitChildMethod(w, ns, returnType, parentName, target, child, occurrence, elements, extension, Form.Factory);
            return;
        }

        EmitChildMethod(w, ns, returnType, parentName, target, child, occurrence, elements, extension, Form.Text);
        w.Line();
        EmitChildMethod(w, ns, returnType, parentName, target, child, occurrence, elements, extension, Form.Content);
    }

    private static void EmitChildMethod(SourceWriter w, DialectModel ns, string returnType, string parentName, string target, ElementModel child, ChildModel occurrence, Dictionary<string, ElementModel> elements, bool extension, Form form)
    {
        var parameters = Parameters(child, withDefaults: true, form, ns.Patterns);
        string declared = string.Join(", ", parameters.Select(p => p.Declaration));
        var given = new HashSet<string>(parameters.Select(p => p.Name));
        string arguments = string.Join(", ", Parameters(child, withDefaults: false, Form.Factory).Select(p => given.Contains(p.Name) ? p.Name : "null"));
        string created = $"{ns.FactoryOf(child)}.{child.Key}({arguments})";
        w.Template($$"""
            /// <summary>Adds a &lt;{{child.XmlName}}&gt;: {{Naming.Doc(child.Documentation)}}</summary>
            {{(extension ? "/// <param name=\"builder\">The builder to add to.</param>" : string.Empty)}}
            {{ParameterDocs(parameters, child, elements)}}
            /// <returns>This builder, to chain the next element.</returns>
            /// <exception cref="global::System.ArgumentNullException">A required value is null.</exception>
            /// <exception cref="global::System.ArgumentException">A value breaks its schema declaration or holds characters XML cannot carry; the exception's <c>ParamName</c> names the attribute.</exception>
            {{(occurrence.MaxOccurs == int.MaxValue ? string.Empty : $"/// <exception cref=\"global::System.InvalidOperationException\">This &lt;{parentName}&gt; already holds {occurrence.MaxOccurs} &lt;{child.XmlName}&gt;.</exception>")}}
            {{(extension
                ? $"public static {returnType} {child.MethodName}(this {returnType} builder{(declared.Length > 0 ? ", " + declared : string.Empty)})"
                : $"public {returnType} {child.MethodName}({declared})")}}
            {
                {{AddChild(target, created, child, occurrence)}}
                {{(extension ? "return builder;" : "return this;")}}
            }
            """);
    }

    // SWML keyed children (switch's case) become the keys of one object, so a repeated key is refused as it is added.
    private static string AddChild(string target, string created, ElementModel child, ChildModel occurrence) =>
        child.Json == "keyed-methods" ? $"{Validation}.AddKeyedChild({target}, {created}, {Naming.Literal(child.Attributes[0].XmlName)});"
        : occurrence.MaxOccurs == int.MaxValue ? $"{target}.Add({created});"
        : $"{Validation}.AddChild({target}, {created}, {occurrence.MaxOccurs});";

    private static string ParameterDocs(List<Parameter> parameters, ElementModel? element = null, Dictionary<string, ElementModel>? elements = null) =>
        SourceWriter.Lines(parameters, parameter =>
        {
            string doc = parameter.Name == "content" && element is not null
                ? $"Adds the children of the &lt;{element.XmlName}&gt;: {ChildList(element, elements!)}."
                : parameter.Documentation;
            return $"/// <param name=\"{parameter.Name.TrimStart('@')}\">{doc}</param>";
        });

    private static string ChildList(ElementModel element, Dictionary<string, ElementModel> elements, bool escape = true) =>
        string.Join(", ", element.Children.Select(c => (escape ? $"&lt;{elements[c.ElementKey].XmlName}&gt;" : $"<{elements[c.ElementKey].XmlName}>") + $" ({Occurrence(c)})"))
        + (element.MinChildren > 0 ? $"; at least {element.MinChildren} in all" : string.Empty);

    private static string Occurrence(ChildModel child) => (child.MinOccurs, child.MaxOccurs) switch
    {
        (0, int.MaxValue) => "any number",
        (var min, int.MaxValue) => $"at least {min}",
        (0, var max) => $"at most {max}",
        (var min, var max) when min == max => $"exactly {min}",
        (var min, var max) => $"{min} to {max}",
    };

    internal static string Quote(string text) => Naming.Literal(text);

    private static bool ContentRequired(ElementModel element) => element.MinChildren > 0 || element.Children.Any(c => c.MinOccurs > 0);

    /// <summary>The schema's bounds or pattern as an attribute on the parameter, for the analyzers; nothing for other kinds.</summary>
    private static string Metadata(AttributeModel attribute, EquatableArray<PatternModel> patterns)
    {
        AttributeModel value = attribute.Item ?? attribute;
        if (value.Kind == AttributeKind.Integer && (value.Minimum != int.MinValue || value.Maximum != int.MaxValue))
        {
            return $"[global::MarkupDsl.Markup.SchemaRange({Int(value.Minimum)}, {Int(value.Maximum)})] ";
        }

        if (value.Kind == AttributeKind.Pattern && patterns.FirstOrDefault(p => p.Name == value.ValueType) is { } pattern)
        {
            return $"[global::MarkupDsl.Markup.SchemaPattern({Naming.Literal(value.Rule!)}, {string.Join(", ", pattern.Facets.Select(Naming.Literal))})] ";
        }

        return string.Empty;
    }

    /// <summary>
    /// The builder parameters in call order: text, required attributes, the content callback, optional attributes
    /// (named, defaulting to null), so that the common call reads like the element it writes.
    /// </summary>
    /// <param name="patterns">The dialect's patterns, for the metadata on public parameters; default for the internal factories.</param>
    private static List<Parameter> Parameters(ElementModel element, bool withDefaults, Form form = Form.Factory, EquatableArray<PatternModel> patterns = default)
    {
        var parameters = new List<Parameter>();
        if (element.Mixed)
        {
            if (form != Form.Content)
            {
                parameters.Add(new Parameter(form == Form.Factory ? "string? text" : "string text", "text", "The text content."));
            }
        }
        else if (element.HasText)
        {
            parameters.Add(new Parameter("string text", "text", "The text content."));
        }

        foreach (AttributeModel attribute in element.Attributes.Where(a => a.Required))
        {
            parameters.Add(new Parameter($"{Metadata(attribute, patterns)}{TypeOf(attribute)} {attribute.ParameterName}", attribute.ParameterName, AttributeDoc(attribute)));
        }

        if (element.AnyAttributes)
        {
            parameters.Add(new Parameter(
                "global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, string>> attributes",
                "attributes",
                "Free-form names and values, for example a dictionary; each name once."));
        }

        if (element.BuilderClass is not null && !element.IsRoot)
        {
            string action = $"global::System.Action<{element.BuilderClass}>";
            if (element.Mixed)
            {
                // After text, content is optional and continues it; without text, content is the whole of it.
                parameters.Add(form == Form.Content
                    ? new Parameter($"{action} content", "content", "The content: text and child elements in call order.")
                    : new Parameter($"{action}? content{(withDefaults ? " = null" : string.Empty)}", "content", "More content after the text: text and child elements in call order."));
            }
            else
            {
                parameters.Add(ContentRequired(element)
                    ? new Parameter($"{action} content", "content", "The content.")
                    : new Parameter($"{action}? content{(withDefaults ? " = null" : string.Empty)}", "content", "The content."));
            }
        }

        foreach (AttributeModel attribute in element.Attributes.Where(a => !a.Required))
        {
            string type = TypeOf(attribute);
            parameters.Add(new Parameter($"{Metadata(attribute, patterns)}{type}? {attribute.ParameterName}{(withDefaults ? " = null" : string.Empty)}", attribute.ParameterName, AttributeDoc(attribute) + " Left out when null."));
        }

        parameters.Add(new Parameter(
            $"global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, string>>? customAttributes{(withDefaults ? " = null" : string.Empty)}",
            "customAttributes",
            "Attributes the schemas do not declare (yet), for example one the provider shipped after this release; each must be an XML name that is neither declared for this element nor given twice. <c>Parse</c> reports them as unknown."));
        return parameters;
    }

    private static string TypeOf(AttributeModel attribute) => attribute.Kind switch
    {
        AttributeKind.Enumerated => attribute.ValueType!,
        AttributeKind.Boolean => "bool",
        AttributeKind.Integer => "int",
        AttributeKind.Decimal => "double",
        AttributeKind.List => $"global::System.Collections.Generic.IEnumerable<{TypeOf(attribute.Item!)}>",
        _ => "string",
    };

    private static string AttributeDoc(AttributeModel attribute)
    {
        string doc = $"The <c>{attribute.XmlName}</c> attribute: {Naming.Doc(attribute.Documentation ?? string.Empty)}";
        return attribute.Kind switch
        {
            AttributeKind.Enumerated => doc + $" Known values are the static members of <see cref=\"{attribute.ValueType}\"/>.",
            AttributeKind.Integer when attribute.Maximum != int.MaxValue => doc + $" From {Int(attribute.Minimum)} to {attribute.Maximum}.",
            AttributeKind.Integer when attribute.Minimum != int.MinValue => doc + $" At least {attribute.Minimum}.",
            AttributeKind.List => doc + " Written space-separated." + (attribute.Item!.Kind == AttributeKind.Enumerated ? $" Known values are the static members of <see cref=\"{attribute.Item.ValueType}\"/>." : string.Empty),
            AttributeKind.Pattern => doc + $" Must be {Naming.Doc(attribute.Rule)}.",
            _ => doc,
        };
    }

    private sealed record Parameter(string Declaration, string Name, string Documentation);

    /// <summary>Which parameters a method of a mixed-content element takes: the factory and the text overload take text and optional content, the content overload content alone.</summary>
    private enum Form
    {
        Factory,
        Text,
        Content,
    }
}
