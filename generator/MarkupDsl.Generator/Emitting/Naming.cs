using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace MarkupDsl.Generator.Emitting;

/// <summary>Turns schema names into C# names.</summary>
internal static class Naming
{
    public static bool IsIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name);

    /// <summary>A parameter name: the attribute name, with <c>@</c> before a C# keyword.</summary>
    public static string Parameter(string attributeName) =>
        SyntaxFacts.GetKeywordKind(attributeName) != SyntaxKind.None ? "@" + attributeName : attributeName;

    /// <summary>
    /// A member name for an enumerated value: words split at anything but letters and digits, each capitalised,
    /// all-capital words lowered after their first letter (<c>inbound_track</c> -> <c>InboundTrack</c>,
    /// <c>POST</c> -> <c>Post</c>), and <c>Value</c> before a leading digit.
    /// </summary>
    public static string Member(string value)
    {
        var builder = new StringBuilder();
        foreach (string word in value.Split(value.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray()))
        {
            if (word.Length == 0)
            {
                continue;
            }

            bool allCapitals = word.All(c => !char.IsLower(c));
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(allCapitals ? word.Substring(1).ToLowerInvariant() : word.Substring(1));
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "Value");
        }

        return builder.ToString();
    }

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Doc(string? text) =>
        (text ?? string.Empty).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A C# string literal (verbatim when it holds backslashes, as patterns do).</summary>
    public static string Literal(string value) =>
        value.IndexOf('\\') >= 0 ? "@\"" + value.Replace("\"", "\"\"") + "\"" : "\"" + value.Replace("\"", "\\\"") + "\"";
}
