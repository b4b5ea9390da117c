namespace MarkupDsl.Markup;

/// <summary>One problem found while reading a document.</summary>
/// <param name="Line">The one-based line, or 0 when unknown.</param>
/// <param name="Column">The one-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong, naming the element or attribute.</param>
/// <param name="Severity">An error (reading throws) or a warning (an undocumented value).</param>
public sealed record MarkupError(int Line, int Column, string Message, MarkupSeverity Severity = MarkupSeverity.Error)
{
    /// <summary>Returns <c>(line,column): message</c>, with <c>warning: </c> before the message of a warning.</summary>
    public override string ToString() => Severity == MarkupSeverity.Warning ? $"({Line},{Column}): warning: {Message}" : $"({Line},{Column}): {Message}";
}
