using System.Collections.Generic;

namespace MarkupDsl.Docs.Tests;

/// <summary>Theory rows naming a place in a document, so that a failing case reads <c>(document: "README.md", line: 12)</c>.</summary>
internal static class Locations
{
    public static TheoryData<string, int> Rows(IEnumerable<(string Document, int Line)> locations)
    {
        var rows = new TheoryData<string, int>();
        foreach ((string document, int line) in locations)
        {
            rows.Add(document, line);
        }

        return rows;
    }
}
