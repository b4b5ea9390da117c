using System;
using System.Buffers;
using System.IO;

namespace MarkupDsl.Markup;

/// <summary>
/// The base of SWML documents (SignalWire Markup Language): written as JSON by default (content type
/// <c>application/json; charset=utf-8</c>), or as YAML with <see cref="WriteYamlTo"/> and <see cref="ToYaml"/>.
/// </summary>
/// <remarks>
/// The root element is the <c>main</c> section; each child is a verb written as <c>{"verb": {...}}</c>, its attributes
/// as string properties and its child elements as nested objects, inside <c>{"version":"1.0.0","sections":{...}}</c>.
/// See https://developer.signalwire.com/swml/.
/// </remarks>
public abstract class SwmlMarkupDocument : MarkupDocument
{
    /// <summary>The SWML version written in every document.</summary>
    public const string Version = "1.0.0";

    /// <summary>Creates a document over its root element, the section.</summary>
    /// <param name="root">The section element.</param>
    protected SwmlMarkupDocument(MarkupElement root)
        : base(root)
    {
    }

    /// <summary>The content type of the YAML notation.</summary>
    public const string YamlContentType = "application/yaml; charset=utf-8";

    /// <inheritdoc/>
    public override string ContentType => "application/json; charset=utf-8";

    /// <summary>Writes the document as YAML.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteYamlTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        SwmlYamlWriter.Write(Root, writer);
    }

    /// <summary>Returns the document as YAML.</summary>
    public string ToYaml()
    {
        using var writer = new StringWriter();
        WriteYamlTo(writer);
        return writer.ToString();
    }

    /// <inheritdoc/>
    protected override void Write(IBufferWriter<byte> utf8Writer, bool indented) => SwmlJsonWriter.Write(Root, utf8Writer, indented);
}
