using System;
using System.Buffers;
using System.IO;
using System.Text.RegularExpressions;

namespace MarkupDsl.Markup;

/// <summary>
/// The base of SWML documents (SignalWire Markup Language): written as JSON by default (content type
/// <c>application/json; charset=utf-8</c>), or as YAML with <see cref="WriteYamlTo"/> and <see cref="ToYaml"/>.
/// </summary>
/// <remarks>
/// The document is <c>{"version": "1.0.0", "sections": {"main": [...], "name": [...]}}</c>. The root element is the
/// <c>main</c> section; its children are its methods and, as <c>section</c> elements, the named sections that
/// <c>execute</c> and <c>transfer</c> reach (<see cref="IsSection"/> tells them apart). Values are written with the JSON types their schema
/// types give (booleans, numbers, arrays), and methods that SignalWire writes as a bare value as that value
/// (<c>sleep: 1000</c>). See https://developer.signalwire.com/swml/.
/// </remarks>
public abstract partial class SwmlMarkupDocument : MarkupDocument
{
    /// <summary>The SWML version written in every document.</summary>
    public const string Version = "1.0.0";

    /// <summary>The content type of the YAML notation.</summary>
    public const string YamlContentType = "application/yaml; charset=utf-8";

    /// <summary>The attribute of a <c>section</c> element that names it.</summary>
    internal const string SectionNameAttribute = "name";

    // The element a named section is held in: its own instance, so that no custom element named "section" is taken for one.
    private static readonly MarkupName SectionName = new("section");

    /// <summary>Creates a document over its root element, the <c>main</c> section.</summary>
    /// <param name="root">The section element.</param>
    protected SwmlMarkupDocument(MarkupElement root)
        : base(root)
    {
    }

    /// <inheritdoc/>
    public override string ContentType => "application/json; charset=utf-8";

    /// <summary>The rules of the dialect, which type every value the writers write.</summary>
    protected abstract MarkupGrammar Grammar { get; }

    /// <summary>The key of the root element's rule in <see cref="Grammar"/>.</summary>
    protected abstract string RootKey { get; }

    /// <summary>Writes the document as YAML.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteYamlTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        SwmlYamlWriter.Write(Root, Grammar, RootKey, writer);
    }

    /// <summary>Returns the document as YAML.</summary>
    public string ToYaml()
    {
        using var writer = new StringWriter();
        WriteYamlTo(writer);
        return writer.ToString();
    }

    /// <summary>Whether an element of the tree is a named section rather than a method.</summary>
    /// <param name="element">A child of the root.</param>
    public static bool IsSection(MarkupElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return ReferenceEquals(element.Tags, SectionName);
    }

    /// <summary>
    /// Adds a named section holding the methods of <paramref name="section"/>'s <c>main</c>: what the <c>execute</c> and
    /// <c>transfer</c> methods name as <c>dest</c>.
    /// </summary>
    /// <param name="name">The section's name: letters, digits, <c>_</c> and <c>-</c>, not <c>main</c> and not one this document has.</param>
    /// <param name="section">A document whose methods become the section's; its own named sections are not allowed.</param>
    /// <exception cref="ArgumentException">The name is not usable, or <paramref name="section"/> has named sections.</exception>
    protected void AddSection(string name, SwmlMarkupDocument section)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(section);
        if (!IsSectionName(name) || name == Root.Name)
        {
            throw new ArgumentException($"'{name}' is not a section name: letters, digits, '_' and '-', other than '{Root.Name}'.", nameof(name));
        }

        foreach (MarkupElement child in Root.Children.AsSpan())
        {
            if (IsSection(child) && child.GetAttribute(SectionNameAttribute) == name)
            {
                throw new ArgumentException($"The document already has a section '{name}'.", nameof(name));
            }
        }

        Root.Add(CreateSection(name, section.Root, nameof(section)));
    }

    /// <summary>Adds a named section holding the methods that <paramref name="methods"/> adds to <paramref name="section"/>.</summary>
    /// <typeparam name="TDocument">The dialect's document class.</typeparam>
    /// <param name="name">The section's name: letters, digits, <c>_</c> and <c>-</c>, not <c>main</c> and not one this document has.</param>
    /// <param name="section">An empty document of the dialect, to build the section in.</param>
    /// <param name="methods">Adds the section's methods, in order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is not usable, or <paramref name="methods"/> added a section inside the section.</exception>
    protected void AddSection<TDocument>(string name, TDocument section, Action<TDocument> methods)
        where TDocument : SwmlMarkupDocument
    {
        ArgumentNullException.ThrowIfNull(methods);
        methods(section);
        AddSection(name, section);
    }

    /// <summary>A <c>section</c> element named <paramref name="name"/> holding the methods of <paramref name="methods"/>.</summary>
    internal static MarkupElement CreateSection(string name, MarkupElement methods, string parameter)
    {
        var section = new MarkupElement(SectionName);
        section.SetAttribute(SectionNameAttribute, name);
        foreach (MarkupElement method in methods.Children.AsSpan())
        {
            if (IsSection(method))
            {
                throw new ArgumentException("A section holds methods, not sections: add every section to the document.", parameter);
            }

            section.Add(method);
        }

        return section;
    }

    /// <inheritdoc/>
    protected override void Write(IBufferWriter<byte> utf8Writer, bool indented) => SwmlJsonWriter.Write(Root, Grammar, RootKey, utf8Writer, indented);

    /// <summary>Whether a section may be named so: letters, digits, <c>_</c> and <c>-</c>.</summary>
    internal static bool IsSectionName(string name) => SectionNamePattern().IsMatch(name);

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNamePattern();
}
