using System;
using System.Linq;
using System.Collections.Generic;
using System.IO;

namespace MarkupDsl.Docs.Tests.Markdown;

/// <summary>Reads the fenced code blocks (<c>```</c>) of a Markdown document, in order.</summary>
internal static class MarkdownReader
{
    public static IReadOnlyList<CodeBlock> Read(string document) =>
        Parse(document, File.ReadAllLines(Path.Combine(Repository.Root, document)));

    public static IReadOnlyList<CodeBlock> Parse(string document, IReadOnlyList<string> lines)
    {
        var found = new List<(int Line, string Language, string Code, string Heading, int End)>();
        string heading = string.Empty;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.StartsWith('#'))
            {
                heading = line.TrimStart('#').Trim();
                continue;
            }

            if (!line.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            int start = i + 1;
            int end = start;
            while (end < lines.Count && !lines[end].StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            if (end == lines.Count)
            {
                throw new InvalidDataException($"{document}({i + 1}): a code fence that is never closed.");
            }

            found.Add((start + 1, line[3..].Trim(), string.Join('\n', lines.Skip(start).Take(end - start)), heading, end));
            i = end;
        }

        // Built from the last block back, so that each block can point at the one shown right after it.
        var blocks = new CodeBlock[found.Count];
        for (int k = found.Count - 1; k >= 0; k--)
        {
            (int line, string language, string code, string blockHeading, int end) = found[k];
            CodeBlock? next = k + 1 < found.Count && OnlyBlankBetween(lines, end + 1, found[k + 1].Line - 2) ? blocks[k + 1] : null;
            blocks[k] = new CodeBlock(document, line, language, code, blockHeading, next);
        }

        return blocks;
    }

    /// <summary>Whether the lines from <paramref name="from"/> up to, not including, <paramref name="to"/> (0-based) are blank.</summary>
    private static bool OnlyBlankBetween(IReadOnlyList<string> lines, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
