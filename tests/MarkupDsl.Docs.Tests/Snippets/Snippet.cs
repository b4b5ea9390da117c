using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using MarkupDsl.Docs.Tests.Markdown;

namespace MarkupDsl.Docs.Tests.Snippets;

/// <summary>
/// A <c>```csharp</c> block of a document, as a reader pastes it: its using directives (its own, or those of the
/// snippet before it in the same document when it has none, as a continuation does), the code after them, the output
/// the document shows with it, and the analyzer diagnostic it must raise (a diagnostic page's "Wrong" example).
/// </summary>
internal sealed record Snippet(CodeBlock Block, IReadOnlyList<SourceLine> Usings, string Body, int BodyLine, CodeBlock? Output, string? ExpectedDiagnostic)
{
    private static readonly Regex UsingDirective = new(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;\s*(//.*)?$", RegexOptions.CultureInvariant);

    /// <summary>The <c>csharp</c> blocks of a document as snippets.</summary>
    public static IReadOnlyList<Snippet> From(IReadOnlyList<CodeBlock> blocks)
    {
        var snippets = new List<Snippet>();
        IReadOnlyList<SourceLine> previousUsings = [];
        foreach (CodeBlock block in blocks.Where(block => block.Language == "csharp"))
        {
            string[] lines = block.Code.Split('\n');
            int head = 0;
            var usings = new List<SourceLine>();
            while (head < lines.Length && (UsingDirective.IsMatch(lines[head].Trim()) || lines[head].Trim().Length == 0))
            {
                if (lines[head].Trim().Length > 0)
                {
                    usings.Add(new SourceLine(block.Line + head, lines[head]));
                }

                head++;
            }

            IReadOnlyList<SourceLine> effective = usings.Count > 0 ? usings : previousUsings;
            CodeBlock? output = block.Next is { Language: "xml" or "json" or "yaml" } shown ? shown : null;
            snippets.Add(new Snippet(block, effective, string.Join('\n', lines.Skip(head)), block.Line + head, output, ExpectedFor(block)));
            previousUsings = effective;
        }

        return snippets;
    }

    /// <summary>Where the snippet is, as a compiler prints it: <c>README.md(12)</c>.</summary>
    public override string ToString() => Block.ToString();

    /// <summary>A diagnostic page (<c>docs/diagnostics/MDSL001.md</c>) expects its own ID from its "Wrong" examples.</summary>
    private static string? ExpectedFor(CodeBlock block) =>
        block.Heading == "Wrong" && Regex.Match(block.Document, @"^docs/diagnostics/(MDSL\d{3})\.md$") is { Success: true } page
            ? page.Groups[1].Value
            : null;
}

/// <summary>A line of a document and its 1-based number.</summary>
internal sealed record SourceLine(int Line, string Text);
