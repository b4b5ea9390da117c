using System;
using System.Collections.Generic;
using System.IO;
using MarkupDsl.Markup;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>A provider page's example document, saved under Data/&lt;dialect&gt;/pages, checked against a built document.</summary>
internal static class PageExample
{
    /// <summary>
    /// The page's document reads without a problem, the built document writes its tree, and the page's document reads
    /// back into a document equal to the built one.
    /// </summary>
    public static void Matches<TDocument>(
        string dialect, string file, TDocument built, Func<string, TDocument> parse, Func<string, IReadOnlyList<MarkupError>> validate)
        where TDocument : MarkupDocument
    {
        string text = File.ReadAllText(Path.Combine("Data", dialect, "pages", file));
        Assert.Empty(validate(text));
        XmlAssert.SameTree(text, built.ToString());
        Assert.Equal(built, parse(text));
    }
}
