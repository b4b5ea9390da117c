using System;
using System.Text;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// The characters random values are made of: what XML must escape (<c>&amp; &lt; &gt; " '</c>), non-ASCII letters,
/// a character outside the Basic Multilingual Plane, tabs and line feeds. Carriage returns are left out: the two
/// libraries write them differently in text (see <see cref="KnownDifferences"/>), which a test of its own covers.
/// </summary>
internal static class TextSamples
{
    /// <summary>Single characters (and one surrogate pair) for open pattern classes such as <c>.</c> and <c>\S</c>.</summary>
    public static readonly string[] Characters =
    [
        "a", "b", "c", "x", "y", "z", "A", "M", "Z", "0", "1", "7", "9", ".", "-", "_", "~",
        "a", "e", "o", "k", "3", "5",
        "&", "<", ">", "\"", "'", "%", "=", ";", ",", "!", "(", ")", "[", "]", "@", "+", "*", "$",
        "é", "ü", "ß", "ñ", "Ω", "ж", "東", "京", "\U0001F600",
        " ", "\t",
    ];

    private static readonly string[] Words =
    [
        "alpha", "Zoë", "naïve", "東京", "Ωmega", "\U0001F600", "O'Brien", "\"quoted\"", "a&b", "<tag>", "x > y",
        "AT&T", "]]>", "&amp;", "señor", "Привет", "42", "+15551234567", "path/to?q=1&r=2",
        "no\u00A0break", "line\u2028separator", "next\u0085line", "zero\u200Bwidth",
    ];

    // White space between child elements is content (it parts words in speech). None of these is shaped like an
    // indenting writer's run (a line feed followed by spaces only), which a reader may take for layout.
    private static readonly string[] WhiteSpaceRuns = [" ", "  ", "\t", " \t ", "\n\t", " \n "];

    private static readonly string[] Separators = [" ", " ", " ", "\t", "\n", "\n\t", ", ", " & ", "<", ">", "'", "\""];

    /// <summary>Text between child elements: mostly words as <see cref="Text"/> gives, sometimes white space only.</summary>
    public static string MixedText(Random random) =>
        random.Next(5) == 0 ? WhiteSpaceRuns[random.Next(WhiteSpaceRuns.Length)] : Text(random);

    /// <summary>A few words with markup characters, tabs and line feeds between them; never empty nor only white space.</summary>
    public static string Text(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(6) == 0)
        {
            text.Append(Separators[random.Next(Separators.Length)]);
        }

        int words = random.Next(1, 5);
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(Separators[random.Next(Separators.Length)]);
            }

            text.Append(Words[random.Next(Words.Length)]);
        }

        if (random.Next(6) == 0)
        {
            text.Append(Separators[random.Next(Separators.Length)]);
        }

        return text.ToString();
    }
}
