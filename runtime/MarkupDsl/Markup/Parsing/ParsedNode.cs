using System.Collections.Generic;

namespace MarkupDsl.Markup;

/// <summary>
/// An element as a reader found it, with positions and before any schema check; XML, JSON and YAML readers all
/// produce these so that one <see cref="GrammarChecker"/> applies the schemas.
/// </summary>
internal sealed class ParsedNode(string name, int line, int column)
{
    public string Name { get; } = name;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public List<(string Name, string Value, int Line, int Column)> Attributes { get; } = new();

    /// <summary>The child elements and, for XML, the runs of text between them (<see cref="IsText"/>), in document order.</summary>
    public List<ParsedNode> Children { get; } = new();

    /// <summary>The text content (all runs joined), or null; the reader reports where text is not allowed.</summary>
    public string? Text { get; set; }

    /// <summary>Whether this node is a run of text among its parent's children rather than an element.</summary>
    public bool IsText => Name == MarkupElement.TextNodeName;

    public (int Line, int Column) TextPosition { get; set; }
}
