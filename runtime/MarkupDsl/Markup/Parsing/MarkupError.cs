namespace MarkupDsl.Markup;

/// <summary>One problem found while reading a document.</summary>
/// <param name="Line">The one-based line, or 0 when unknown.</param>
/// <param name="Column">The one-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong, naming the element or attribute.</param>
public sealed record MarkupError(int Line, int Column, string Message)
{
    /// <summary>Returns <c>(line,column): message</c>.</summary>
    public override string ToString() => $"({Line},{Column}): {Message}";
}
