using System;
using System.IO;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>A provider page's example document, saved under Data/&lt;dialect&gt;/pages, checked against a built document.</summary>
internal static class PageExample
{
    /// <summary>
    /// The built document writes the page's tree, and the page's document reads back into a document equal to it.
    /// </summary>
    public static void Matches<TDocument>(string dialect, string file, TDocument built, Func<string, TDocument> parse)
        where TDocument : MarkupDocument
    {
        string text = File.ReadAllText(Path.Combine("Data", dialect, "pages", file));
        XmlAssert.SameTree(text, built.ToString());
        Assert.Equal(built, parse(text));
    }
}
