using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Generator.Model;

/// <summary>
/// Where something is in a schema file, kept as plain values: a <see cref="Location"/> in the model would defeat
/// caching, so one is rebuilt only when a diagnostic is reported.
/// </summary>
internal readonly record struct SourceSpan(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
}
