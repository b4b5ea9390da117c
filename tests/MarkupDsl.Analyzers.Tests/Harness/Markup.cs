using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace MarkupDsl.Analyzers.Tests.Harness;

/// <summary>
/// Test sources with the expected diagnostic spans marked <c>[|...|]</c>, in the style of
/// Microsoft.CodeAnalysis.Testing (not available from this project's registry).
/// </summary>
internal static class Markup
{
    /// <summary>The source without its markers, and the marked spans in order.</summary>
    public static (string Source, ImmutableArray<TextSpan> Spans) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        int start = -1;
        for (int i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                Assert.True(start < 0, $"nested [| at {i}");
                start = source.Length;
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0)
            {
                Assert.True(start >= 0, $"|] without [| at {i}");
                spans.Add(TextSpan.FromBounds(start, source.Length));
                start = -1;
                i++;
            }
            else
            {
                source.Append(markup[i]);
            }
        }

        Assert.True(start < 0, "[| without |]");
        return (source.ToString(), spans.ToImmutable());
    }
}
