using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace MarkupDsl.Docs.Tests.CommandLines;

/// <summary>
/// A <c>markupdsl</c> command line a document shows: a line of a shell block (a command to run as it is) or a code
/// span in the text (a synopsis, with placeholders such as <c>FILE...</c>, <c>[--dialect a|b]</c>).
/// </summary>
internal sealed record CommandLine(string Document, int Line, string Text, bool Synopsis)
{
    private static readonly Regex CodeSpan = new("`(markupdsl [^`]+)`", RegexOptions.CultureInvariant);

    /// <summary>The command lines of a document, in order.</summary>
    public static IEnumerable<CommandLine> In(string document)
    {
        string[] lines = File.ReadAllLines(Path.Combine(Repository.Root, document));
        bool inBlock = false, shell = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                shell = !inBlock && line[3..].Trim() is "" or "sh" or "bash" or "shell" or "console";
                inBlock = !inBlock;
            }
            else if (inBlock)
            {
                if (shell && line.Trim().StartsWith("markupdsl ", StringComparison.Ordinal))
                {
                    yield return new CommandLine(document, i + 1, line.Trim(), Synopsis: false);
                }
            }
            else
            {
                foreach (Match span in CodeSpan.Matches(line))
                {
                    yield return new CommandLine(document, i + 1, span.Groups[1].Value, Synopsis: true);
                }
            }
        }
    }

    /// <summary>Where the command line is, as a compiler prints it: <c>README.md(12)</c>.</summary>
    public override string ToString() => $"{Document}({Line})";
}
