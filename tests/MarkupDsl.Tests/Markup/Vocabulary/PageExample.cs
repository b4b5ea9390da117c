using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// Checks a provider page's example document (saved under <c>Data/&lt;dialect&gt;/pages</c>) against the same document
/// built with the builders: the page's document reads without a problem, the built one writes the same tree, and the
/// page's document parses back into a document equal to the built one.
/// </summary>
internal static class PageExample
{
    /// <summary>The page's document as written, white space in text included.</summary>
    public static void Matches<TDocument>(
        string path, TDocument built, Func<string, TDocument> parse, Func<string, IReadOnlyList<MarkupError>> validate)
        where TDocument : MarkupDocument => Check(path, built, parse, validate, page => page);

    /// <summary>The page's document with the text of each leaf element trimmed, as the providers read it.</summary>
    public static void MatchesTrimmed<TDocument>(
        string path, TDocument built, Func<string, TDocument> parse, Func<string, IReadOnlyList<MarkupError>> validate)
        where TDocument : MarkupDocument => Check(path, built, parse, validate, TrimText);

    private static void Check<TDocument>(
        string path, TDocument built, Func<string, TDocument> parse, Func<string, IReadOnlyList<MarkupError>> validate, Func<string, string> normalize)
        where TDocument : MarkupDocument
    {
        string text = File.ReadAllText(Path.Combine("Data", path));
        Assert.Empty(validate(text));

        string page = normalize(text);
        XmlAssert.SameTree(page, built.ToString());
        Assert.Equal(built, parse(page));
    }

    /// <summary>
    /// The pages indent text content across lines (<c>&lt;Number&gt;</c>, a long <c>&lt;Say&gt;</c>), which the
    /// providers trim; the example's text is compared as one line, each run of white space a single space.
    /// </summary>
    private static string TrimText(string xml)
    {
        XDocument document = XDocument.Parse(xml);
        foreach (XElement leaf in document.Descendants().Where(e => !e.HasElements && e.Value.Length > 0))
        {
            string text = Regex.Replace(leaf.Value.Trim(), @"\s+", " ");
            if (text.Length == 0)
            {
                leaf.RemoveNodes();
            }
            else
            {
                leaf.Value = text;
            }
        }

        return document.ToString();
    }
}
