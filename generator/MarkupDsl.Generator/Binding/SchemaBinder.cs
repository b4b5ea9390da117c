using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using MarkupDsl.Generator.Diagnostics;
using MarkupDsl.Generator.Emitting;
using MarkupDsl.Generator.Model;
using Microsoft.CodeAnalysis;

namespace MarkupDsl.Generator.Binding;

/// <summary>The dialects to emit and what went wrong while resolving references between schema files.</summary>
internal sealed record BindResult(EquatableArray<DialectModel> Dialects, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Resolves element and type references across the schema files, once per dialect: each dialect keeps the
/// declarations, attributes, enumerations and patterns its <c>mdsl:dialects</c> annotations give it. What cannot be
/// resolved is reported and left out, so that the generated code always compiles.
/// </summary>
/// <remarks>
/// In a consumer's build the library's schemas are bound first, for the dialects the consumer's files name: the
/// consumer's references resolve to them, and what the consumer declares again is reported in its own file.
/// </remarks>
internal sealed class SchemaBinder
{
    private readonly Dialect _dialect;
    private readonly bool _consumer;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, (ElementDeclaration Declaration, string File, bool IsLibrary)> _globals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimpleTypeDeclaration> _simpleTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _libraryTypes = new(StringComparer.Ordinal);
    private readonly List<(string Key, ElementDeclaration Declaration)> _attached = new();
    private readonly HashSet<string> _rejectedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EquatableArray<string>> _patterns = new(StringComparer.Ordinal);
    private readonly List<ElementModel> _elements = new();
    private readonly List<AttributeExtensionModel> _attributeExtensions = new();

    private SchemaBinder(Dialect dialect, bool consumer, List<DiagnosticInfo> diagnostics)
    {
        _dialect = dialect;
        _consumer = consumer;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds the project's schema files, after the library's when the project is a consumer of it.</summary>
    /// <param name="files">The project's schema files.</param>
    /// <param name="library">The library's schema files in a consumer's build; empty when building the library.</param>
    public static BindResult Bind(ImmutableArray<SchemaFile> files, ImmutableArray<SchemaFile> library)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (SchemaFile file in files)
        {
            CollectDialectNames(file, named, diagnostics);
        }

        var ordered = library.OrderBy(f => f.FilePath, StringComparer.Ordinal).Concat(files.OrderBy(f => f.FilePath, StringComparer.Ordinal)).ToList();
        var dialects = new List<DialectModel>();
        foreach (Dialect dialect in Dialect.All.Where(d => named.Contains(d.Name)))
        {
            dialects.Add(new SchemaBinder(dialect, !library.IsEmpty, diagnostics).BindDialect(ordered));
        }

        return new BindResult(dialects.ToEquatableArray(), diagnostics.Distinct().ToEquatableArray());
    }

    private static void CollectDialectNames(SchemaFile file, HashSet<string> named, List<DiagnosticInfo> diagnostics)
    {
        void Check(EquatableArray<string> names, SourceSpan span)
        {
            foreach (string name in names)
            {
                if (Dialect.Find(name) is null)
                {
                    diagnostics.Add(Info(SchemaDiagnostics.UnknownDialect, span, name, string.Join(", ", Dialect.All.Select(d => d.Name))));
                }
                else
                {
                    named.Add(name);
                }
            }
        }

        Check(file.Dialects, file.Span);
        foreach (ElementDeclaration element in file.Elements)
        {
            CheckElement(element);
        }

        void CheckElement(ElementDeclaration element)
        {
            Check(element.Dialects, element.Span);
            foreach (AttributeDeclaration attribute in element.Attributes)
            {
                Check(attribute.Dialects, attribute.Span);
                Check(attribute.RequiredIn, attribute.Span);
            }

            foreach (ChildDeclaration child in element.Children)
            {
                Check(child.Dialects, child.Span);
                if (child.Local is { } local)
                {
                    CheckElement(local);
                }
            }
        }

        foreach (SimpleTypeDeclaration type in file.SimpleTypes)
        {
            Check(type.Dialects, type.Span);
            foreach (EnumerationValue value in type.Values)
            {
                Check(value.Dialects, type.Span);
            }

            foreach (PatternValue pattern in type.Patterns)
            {
                Check(pattern.Dialects, pattern.Span);
            }

            foreach (DialectText documentation in type.DialectDocumentation)
            {
                Check(documentation.Dialects, documentation.Span);
            }
        }
    }

    private bool Has(EquatableArray<string> dialects) => dialects.Count == 0 || dialects.Contains(_dialect.Name);

    private DialectModel BindDialect(List<SchemaFile> files)
    {
        foreach (SchemaFile file in files.Where(f => Has(f.Dialects) && f.Dialects.Count > 0))
        {
            foreach (ElementDeclaration element in file.Elements.Where(e => e.Dialects.Count == 0 || e.Dialects.Contains(_dialect.Name)))
            {
                if (_globals.ContainsKey(element.Name))
                {
                    Report(SchemaDiagnostics.DuplicateDeclaration, element.Span, "Element", element.Name, _dialect.Name);
                }
                else
                {
                    _globals.Add(element.Name, (element, Short(file.FilePath), file.IsLibrary));
                }
            }

            foreach (SimpleTypeDeclaration type in file.SimpleTypes.Where(t => Has(t.Dialects)))
            {
                BindSimpleType(type, file.IsLibrary);
            }
        }

        var libraryKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (declaration, file, isLibrary) in _globals.Values)
        {
            int first = _elements.Count;
            BindElement(declaration, Naming.Pascal(declaration.Name), file, isGlobal: true, isLibrary);
            if (isLibrary)
            {
                libraryKeys.UnionWith(_elements.Skip(first).Select(e => e.Key));
            }
            else
            {
                // A local declaration's key joins its parent's name and its own, so it can meet a library key.
                foreach (ElementModel clash in _elements.Skip(first).Where(e => libraryKeys.Contains(e.Key)).ToList())
                {
                    Report(SchemaDiagnostics.DuplicateDeclaration, declaration.Span, "Element", clash.Key, _dialect.Name);
                    _elements.Remove(clash);
                }
            }
        }

        // Parents are builder classes, known once every element is bound.
        foreach (var (key, declaration) in _attached)
        {
            int index = _elements.FindIndex(e => e.Key == key);
            if (index < 0)
            {
                continue;
            }

            ElementModel element = _elements[index];
            _elements[index] = element with { Parents = ResolveParents(declaration.Parents, declaration.Name, declaration.Span, "element", parent => parent.Children.Any(c => XmlNameOf(c.ElementKey) == element.XmlName)).ToEquatableArray() };
        }

        foreach (SchemaFile file in files.Where(f => Has(f.Dialects) && f.Dialects.Count > 0))
        {
            foreach (AttributeDeclaration attribute in file.Attributes.Where(a => Has(a.Dialects)))
            {
                BindAttributeExtension(attribute, Short(file.FilePath));
            }
        }

        // A consumer's build binds only the value types its own attributes use (the library's or its own), copies only
        // the library patterns its own attributes check values with, and describes those of the library elements its
        // builders add (their methods' parameters carry them, for the analyzers).
        var own = _elements.Where(e => !e.IsLibrary).ToList();
        var usedValueTypes = new HashSet<string>(own.SelectMany(e => e.Attributes).Concat(_attributeExtensions.Select(x => x.Attribute))
            .Select(a => a.Item ?? a)
            .Where(a => a.Kind == AttributeKind.Enumerated)
            .Select(a => a.ValueType!));

        HashSet<string> checkedPatterns = PatternNames(own.SelectMany(e => e.Attributes).Concat(_attributeExtensions.Select(x => x.Attribute)));
        var keys = new HashSet<string>(own.SelectMany(e => e.Children).Select(c => c.ElementKey), StringComparer.Ordinal);
        HashSet<string> describedPatterns = PatternNames(_elements.Where(e => e.IsLibrary && keys.Contains(e.Key)).SelectMany(e => e.Attributes));

        string prefix = _dialect.Namespace.Substring(_dialect.Namespace.LastIndexOf('.') + 1);
        return new DialectModel(
            _dialect.Name,
            _dialect.Namespace,
            _dialect.DocumentBase,
            _dialect.Reader,
            prefix + (_consumer ? "UserElements" : "Elements"),
            _elements.OrderBy(e => e.Key, StringComparer.Ordinal).ToEquatableArray(),
            _simpleTypes.Values.Where(t => usedValueTypes.Contains(t.Name)).OrderBy(t => t.Name, StringComparer.Ordinal).Select(BindValueType).ToEquatableArray(),
            _patterns.Where(p => !_consumer || checkedPatterns.Contains(p.Key) || describedPatterns.Contains(p.Key))
                .OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new PatternModel(p.Key, p.Value, !_consumer || checkedPatterns.Contains(p.Key)))
                .ToEquatableArray(),
            _attributeExtensions.ToEquatableArray(),
            _consumer ? $"global::{_dialect.Namespace}.{prefix}Elements" : null);
    }

    private static HashSet<string> PatternNames(IEnumerable<AttributeModel> attributes) => new(
        attributes.Select(a => a.Item ?? a).Where(a => a.Kind == AttributeKind.Pattern).Select(a => a.ValueType!),
        StringComparer.Ordinal);

    private string XmlNameOf(string key) => _elements.First(e => e.Key == key).XmlName;

    private void BindAttributeExtension(AttributeDeclaration attribute, string file)
    {
        if (attribute.Parents.Count == 0)
        {
            Report(SchemaDiagnostics.MissingValue, attribute.Span, "xs:attribute", "mdsl:parents");
        }
        else if (BindAttribute(attribute, elementHasText: false) is { } model)
        {
            bool Declared(ElementModel parent) =>
                parent.Attributes.Any(a => a.XmlName == attribute.Name)
                || _attributeExtensions.Any(x => x.Parent.ElementKey == parent.Key && x.Attribute.XmlName == attribute.Name);
            foreach (ParentModel parent in ResolveParents(attribute.Parents, attribute.Name, attribute.Span, "attribute", Declared))
            {
                _attributeExtensions.Add(new AttributeExtensionModel(parent, model, file));
            }
        }
    }

    /// <summary>
    /// The elements whose builder classes <c>mdsl:parents</c> names; a name no element is built by, and a parent that
    /// already declares the child or attribute, is reported.
    /// </summary>
    /// <param name="kind">What is attached, for the message: <c>element</c> or <c>attribute</c>.</param>
    /// <param name="declares">Whether the parent already has it.</param>
    private List<ParentModel> ResolveParents(EquatableArray<string> names, string child, SourceSpan span, string kind, Func<ElementModel, bool> declares)
    {
        var parents = new List<ParentModel>();
        foreach (string parent in names)
        {
            if (_elements.FirstOrDefault(e => e.BuilderClass == parent) is not { } found)
            {
                Report(SchemaDiagnostics.UnresolvedReference, span, child, "builder class", _dialect.Namespace + "." + parent);
            }
            else if (declares(found))
            {
                Report(SchemaDiagnostics.AlreadyDeclared, span, Naming.Pascal(kind), child, found.XmlName, _dialect.Name);
            }
            else
            {
                parents.Add(new ParentModel(parent, found.IsRoot, found.Key));
            }
        }

        return parents;
    }

    private void BindSimpleType(SimpleTypeDeclaration type, bool isLibrary)
    {
        if (_simpleTypes.ContainsKey(type.Name) || _rejectedTypes.Contains(type.Name))
        {
            Report(SchemaDiagnostics.DuplicateDeclaration, type.Span, "Simple type", type.Name, _dialect.Name);
            return;
        }

        var patterns = type.Patterns.Where(p => Has(p.Dialects)).ToList();
        if (!CheckIdentifier(type.Name, "a value type", type.Span) || !patterns.All(PatternIsValid))
        {
            _rejectedTypes.Add(type.Name);
            return;
        }

        _simpleTypes.Add(type.Name, type.DialectDocumentation.Count == 0 ? type : type with { Documentation = type.DocumentationIn(_dialect.Name) });
        if (isLibrary)
        {
            _libraryTypes.Add(type.Name);
        }

        if (patterns.Count > 0)
        {
            _patterns.Add(type.Name, patterns.Select(p => p.Value).ToEquatableArray());
        }
    }

    private void BindElement(ElementDeclaration declaration, string key, string file, bool isGlobal, bool isLibrary)
    {
        var children = new List<ChildModel>();
        // A nested list of methods, keyed or not, takes what the document root takes.
        EquatableArray<ChildDeclaration> particles = declaration.Json is "methods" or "keyed-methods" && _globals.Values.FirstOrDefault(g => g.Declaration.IsRoot).Declaration is { } root
            ? root.Children
            : declaration.Children;
        foreach (ChildDeclaration child in particles.Where(c => Has(c.Dialects)))
        {
            if (child.Local is { } local)
            {
                string localKey = key + Naming.Pascal(local.Name);
                BindElement(local, localKey, file, isGlobal: false, isLibrary);
                children.Add(new ChildModel(localKey, child.MinOccurs, child.MaxOccurs));
            }
            else if (child.Reference is { } reference && _globals.ContainsKey(reference))
            {
                children.Add(new ChildModel(Naming.Pascal(reference), child.MinOccurs, child.MaxOccurs));
            }
            else
            {
                Report(SchemaDiagnostics.UnresolvedReference, child.Span, declaration.Name, "element", child.Reference ?? string.Empty);
            }
        }

        string? builder = declaration.BuilderName ?? (declaration.IsRoot ? Naming.Pascal(declaration.Name) : children.Count > 0 ? key + "Builder" : null);
        if ((builder is not null && !CheckIdentifier(builder, "a builder class", declaration.Span))
            || !CheckIdentifier(Naming.Pascal(declaration.Name), "a builder method", declaration.Span))
        {
            return;
        }

        var attributes = new List<AttributeModel>();
        foreach (AttributeDeclaration attribute in declaration.Attributes.Where(a => Has(a.Dialects)))
        {
            if (BindAttribute(attribute, declaration.HasText) is { } model)
            {
                attributes.Add(model);
            }
        }

        if (isGlobal && declaration.Parents.Count > 0)
        {
            _attached.Add((key, declaration));
        }

        _elements.Add(new ElementModel(
            key,
            declaration.Name,
            Naming.Pascal(declaration.Name),
            builder,
            declaration.IsRoot,
            declaration.HasText,
            declaration.Mixed && children.Count > 0, // mixed content without children in this dialect is text
            declaration.AnyAttributes,
            declaration.MinChildren,
            declaration.Documentation,
            file,
            attributes.ToEquatableArray(),
            children.ToEquatableArray(),
            EquatableArray<ParentModel>.Empty,
            declaration.Attributes.FirstOrDefault(a => a.IsJsonValue && Has(a.Dialects))?.Name,
            declaration.JsonMap,
            declaration.Json,
            declaration.Attributes.Any(a => a.IsJsonAny && Has(a.Dialects)),
            isLibrary));
    }

    private AttributeModel? BindAttribute(AttributeDeclaration attribute, bool elementHasText)
    {
        string parameter = Naming.Camel(attribute.Name);
        if (!CheckIdentifier(parameter, "a builder parameter", attribute.Span))
        {
            return null;
        }

        if (parameter is "content" or "attributes" or "customAttributes" || (parameter is "text" && elementHasText))
        {
            Report(SchemaDiagnostics.InvalidName, attribute.Span, attribute.Name, "an attribute", "the builder uses this parameter name for the element's content");
            return null;
        }

        if (BindType(attribute, attribute.Type, allowList: true) is not { } bound)
        {
            return null;
        }

        bool required = attribute.Required || attribute.RequiredIn.Contains(_dialect.Name);
        return bound with { XmlName = attribute.Name, ParameterName = Naming.Parameter(parameter), Required = required, Documentation = attribute.Documentation };
    }

    /// <summary>How a value of the named type is typed and checked; null (reported) when the type is unknown or unusable.</summary>
    private AttributeModel? BindType(AttributeDeclaration attribute, string typeName, bool allowList)
    {
        SimpleTypeDeclaration? type = _simpleTypes.TryGetValue(typeName, out SimpleTypeDeclaration? found) ? found : null;
        if (type?.ListItemType is { } itemType)
        {
            if (!allowList)
            {
                Report(SchemaDiagnostics.UnsupportedConstruct, type.Span, "xs:list", "a list's items are not lists");
                return null;
            }

            return BindType(attribute, itemType, allowList: false) is { } item
                ? Model(AttributeKind.List, item.ValueType, item.Minimum, item.Maximum, null) with { Item = item }
                : null;
        }

        if (IntegerMinimum(typeName) is { } minimum)
        {
            return Model(AttributeKind.Integer, null, minimum, int.MaxValue, null);
        }

        AttributeModel? bound = typeName switch
        {
            "xs:string" or "xs:token" or "xs:normalizedString" or "xs:anyURI" or "xs:language" => Model(AttributeKind.Text, null, 0, 0, null),
            "xs:boolean" => Model(AttributeKind.Boolean, null, 0, 0, null),
            "xs:decimal" or "xs:double" => Model(AttributeKind.Decimal, null, 0, 0, null),
            _ when type is not null && type.Values.Count > 0 => Model(AttributeKind.Enumerated, type.Name, 0, 0, null),
            _ when type is not null && _patterns.ContainsKey(type.Name) => Model(AttributeKind.Pattern, type.Name, 0, 0, type.Documentation ?? "a value matching " + string.Join(" or ", _patterns[type.Name])),
            _ when type is not null && (type.Minimum is not null || type.Maximum is not null || IntegerMinimum(type.Base) is not null) => BindRange(type),
            _ when type is not null => Model(AttributeKind.Text, null, 0, 0, null),
            _ => null,
        };

        if (bound is null && !_rejectedTypes.Contains(typeName))
        {
            Report(SchemaDiagnostics.UnresolvedReference, attribute.Span, attribute.Name, "type", typeName);
        }

        return bound;
    }

    /// <summary>An integer type restricted by <c>xs:minInclusive</c>/<c>xs:maxInclusive</c>, within its base's own bounds.</summary>
    private AttributeModel? BindRange(SimpleTypeDeclaration type)
    {
        if (IntegerMinimum(type.Base) is not { } baseMinimum)
        {
            Report(SchemaDiagnostics.UnsupportedConstruct, type.Span, type.Minimum is null ? "xs:maxInclusive" : "xs:minInclusive", "bounds restrict an integer type (xs:int, xs:integer, xs:nonNegativeInteger, xs:positiveInteger)");
            _rejectedTypes.Add(type.Name);
            return null;
        }

        return Model(AttributeKind.Integer, null, Math.Max(baseMinimum, type.Minimum ?? int.MinValue), type.Maximum ?? int.MaxValue, null);
    }

    // The least value of a built-in integer type, or null for any other type.
    private static int? IntegerMinimum(string? builtIn) => builtIn switch
    {
        "xs:int" or "xs:integer" => int.MinValue,
        "xs:nonNegativeInteger" => 0,
        "xs:positiveInteger" => 1,
        _ => null,
    };

    private static AttributeModel Model(AttributeKind kind, string? valueType, int minimum, int maximum, string? rule) =>
        new(string.Empty, string.Empty, kind, valueType, minimum, maximum, rule, false, null);

    private ValueTypeModel BindValueType(SimpleTypeDeclaration type)
    {
        var members = new List<ValueTypeMember>();
        foreach (EnumerationValue value in type.Values.Where(v => Has(v.Dialects)))
        {
            string name = value.MemberName ?? Naming.Pascal(value.Value);
            if (CheckIdentifier(name, "a known value", type.Span) && members.All(m => m.Name != name))
            {
                members.Add(new ValueTypeMember(name, value.Value, value.Documentation));
            }
        }

        return new ValueTypeModel(type.Name, type.Documentation, members.ToEquatableArray(), _libraryTypes.Contains(type.Name));
    }

    private bool PatternIsValid(PatternValue pattern)
    {
        try
        {
            _ = new Regex(pattern.Value, RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException exception)
        {
            Report(SchemaDiagnostics.InvalidPattern, pattern.Span, pattern.Value, exception.Message);
            return false;
        }
    }

    private bool CheckIdentifier(string name, string what, SourceSpan span)
    {
        if (Naming.IsIdentifier(name))
        {
            return true;
        }

        Report(SchemaDiagnostics.InvalidName, span, name, what, "it is not a valid C# identifier");
        return false;
    }

    private static string Short(string path) => path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        _diagnostics.Add(Info(descriptor, span, arguments));

    private static DiagnosticInfo Info(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        new(descriptor.Id, span, arguments.ToEquatableArray());
}
