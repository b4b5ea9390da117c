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

/// <summary>The namespaces to emit and what went wrong while resolving references between schema files.</summary>
internal sealed record BindResult(EquatableArray<NamespaceModel> Namespaces, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Resolves element and type references across the schema files of each C# namespace and decides the C# shape:
/// builder class names, parameter kinds, factory keys. What cannot be resolved is reported and left out, so the
/// generated code always compiles.
/// </summary>
internal sealed class SchemaBinder
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly Dictionary<string, (ElementDeclaration Declaration, string File)> _globals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SimpleTypeDeclaration> _simpleTypes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rejectedTypes = new(StringComparer.Ordinal);
    private readonly List<ElementModel> _elements = new();

    public static BindResult Bind(ImmutableArray<SchemaFile> files)
    {
        var namespaces = new List<NamespaceModel>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var group in files.Where(f => f.Namespace is not null).GroupBy(f => f.Namespace!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var binder = new SchemaBinder();
            namespaces.Add(binder.BindNamespace(group.Key, group.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToList()));
            diagnostics.AddRange(binder._diagnostics);
        }

        return new BindResult(namespaces.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private NamespaceModel BindNamespace(string ns, List<SchemaFile> files)
    {
        foreach (SchemaFile file in files)
        {
            foreach (ElementDeclaration element in file.Elements)
            {
                if (_globals.ContainsKey(element.Name))
                {
                    Report(SchemaDiagnostics.DuplicateDeclaration, element.Span, "Element", element.Name, ns);
                }
                else
                {
                    _globals.Add(element.Name, (element, Short(file.FilePath)));
                }
            }

            foreach (SimpleTypeDeclaration type in file.SimpleTypes)
            {
                if (_simpleTypes.ContainsKey(type.Name))
                {
                    Report(SchemaDiagnostics.DuplicateDeclaration, type.Span, "Simple type", type.Name, ns);
                }
                else if (CheckIdentifier(type.Name, "a value type", type.Span) && (type.Pattern is null || PatternIsValid(type)))
                {
                    _simpleTypes.Add(type.Name, type);
                }
                else
                {
                    _rejectedTypes.Add(type.Name);
                }
            }
        }

        foreach (var (declaration, file) in _globals.Values)
        {
            BindElement(declaration, declaration.Name, file);
        }

        string lastPart = ns.Substring(ns.LastIndexOf('.') + 1);
        return new NamespaceModel(
            ns,
            lastPart + "Elements",
            _elements.OrderBy(e => e.Key, StringComparer.Ordinal).ToEquatableArray(),
            _simpleTypes.Values.Where(t => t.Values.Count > 0).OrderBy(t => t.Name, StringComparer.Ordinal).Select(BindValueType).ToEquatableArray(),
            _simpleTypes.Values.Where(t => t.Pattern is not null).OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => new PatternModel(t.Name, @"\A(?:" + t.Pattern + @")\z")).ToEquatableArray());
    }

    private void BindElement(ElementDeclaration declaration, string key, string file)
    {
        var children = new List<ChildModel>();
        foreach (ChildDeclaration child in declaration.Children)
        {
            if (child.Local is { } local)
            {
                string localKey = key + local.Name;
                BindElement(local, localKey, file);
                children.Add(new ChildModel(localKey, child.MinOccurs, child.MaxOccurs));
            }
            else if (child.Reference is { } reference && _globals.ContainsKey(reference))
            {
                children.Add(new ChildModel(reference, child.MinOccurs, child.MaxOccurs));
            }
            else
            {
                Report(SchemaDiagnostics.UnresolvedReference, child.Span, declaration.Name, "element", child.Reference ?? string.Empty);
            }
        }

        string? builder = declaration.BuilderName ?? (declaration.IsRoot ? declaration.Name : children.Count > 0 ? key + "Builder" : null);
        if (builder is not null && !CheckIdentifier(builder, "a builder class", declaration.Span))
        {
            return;
        }

        if (!CheckIdentifier(declaration.Name, "a builder method", declaration.Span))
        {
            return;
        }

        var attributes = new List<AttributeModel>();
        foreach (AttributeDeclaration attribute in declaration.Attributes)
        {
            if (BindAttribute(declaration, attribute) is { } model)
            {
                attributes.Add(model);
            }
        }

        _elements.Add(new ElementModel(
            key,
            declaration.Name,
            builder,
            declaration.IsRoot,
            declaration.HasText,
            declaration.Documentation,
            file,
            attributes.ToEquatableArray(),
            children.ToEquatableArray()));
    }

    private AttributeModel? BindAttribute(ElementDeclaration element, AttributeDeclaration attribute)
    {
        if (!CheckIdentifier(attribute.Name, "a builder parameter", attribute.Span))
        {
            return null;
        }

        if (attribute.Name is "content" || (attribute.Name is "text" && element.HasText))
        {
            Report(SchemaDiagnostics.InvalidName, attribute.Span, attribute.Name, "an attribute", "the builder uses this parameter name for the element's content");
            return null;
        }

        (AttributeKind Kind, string? ValueType, int Minimum)? binding = attribute.Type switch
        {
            "xs:string" or "xs:token" or "xs:normalizedString" or "xs:anyURI" => (AttributeKind.Text, null, 0),
            "xs:boolean" => (AttributeKind.Boolean, null, 0),
            "xs:int" or "xs:integer" => (AttributeKind.Integer, null, int.MinValue),
            "xs:nonNegativeInteger" => (AttributeKind.Integer, null, 0),
            "xs:positiveInteger" => (AttributeKind.Integer, null, 1),
            _ when _simpleTypes.TryGetValue(attribute.Type, out SimpleTypeDeclaration? type) && type.Values.Count > 0 => (AttributeKind.Enumerated, type.Name, 0),
            _ when _simpleTypes.TryGetValue(attribute.Type, out SimpleTypeDeclaration? type) && type.Pattern is not null => (AttributeKind.Pattern, type.Name, 0),
            _ when _simpleTypes.TryGetValue(attribute.Type, out SimpleTypeDeclaration? type) => (AttributeKind.Text, null, 0),
            _ => null,
        };

        if (binding is null && _rejectedTypes.Contains(attribute.Type))
        {
            return null;
        }

        if (binding is not { } bound)
        {
            Report(SchemaDiagnostics.UnresolvedReference, attribute.Span, attribute.Name, "type", attribute.Type);
            return null;
        }

        string? rule = bound.Kind == AttributeKind.Pattern
            ? _simpleTypes[attribute.Type].Documentation ?? "a value matching " + _simpleTypes[attribute.Type].Pattern
            : null;
        return new AttributeModel(attribute.Name, Naming.Parameter(attribute.Name), bound.Kind, bound.ValueType, bound.Minimum, rule, attribute.Required, attribute.Documentation);
    }

    private ValueTypeModel BindValueType(SimpleTypeDeclaration type)
    {
        var members = new List<ValueTypeMember>();
        foreach (EnumerationValue value in type.Values)
        {
            string name = value.MemberName ?? Naming.Member(value.Value);
            if (CheckIdentifier(name, "a known value", type.Span) && members.All(m => m.Name != name))
            {
                members.Add(new ValueTypeMember(name, value.Value, value.Documentation));
            }
        }

        return new ValueTypeModel(type.Name, type.Documentation, members.ToEquatableArray());
    }

    private bool PatternIsValid(SimpleTypeDeclaration type)
    {
        try
        {
            _ = new Regex(type.Pattern!, RegexOptions.CultureInvariant);
            return true;
        }
        catch (ArgumentException exception)
        {
            Report(SchemaDiagnostics.InvalidPattern, type.Span, type.Pattern!, exception.Message);
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
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, span, arguments.ToEquatableArray()));
}
