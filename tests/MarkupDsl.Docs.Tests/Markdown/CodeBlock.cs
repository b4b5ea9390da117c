using System;

namespace MarkupDsl.Docs.Tests.Markdown;

/// <summary>
/// A fenced code block of a Markdown document.
/// </summary>
/// <param name="Document">The document's path relative to the repository root, '/'-separated.</param>
/// <param name="Line">The 1-based line of the block's first line of code (the one after the opening fence).</param>
/// <param name="Language">The fence's info string (<c>csharp</c>, <c>xml</c>, ...; empty when none).</param>
/// <param name="Code">The lines between the fences, joined with '\n'.</param>
/// <param name="Heading">The nearest heading above the block, without its '#'s (empty when none).</param>
/// <param name="Next">The block that follows with nothing but blank lines between, the output a snippet is shown with.</param>
internal sealed record CodeBlock(string Document, int Line, string Language, string Code, string Heading, CodeBlock? Next)
{
    /// <summary>Where the block is, as a compiler would print it: <c>README.md(12)</c>.</summary>
    public override string ToString() => $"{Document}({Line})";
}
