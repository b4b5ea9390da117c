using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace MarkupDsl.Generator.Emitting;

/// <summary>Turns schema names into C# names.</summary>
internal static class Naming
{
    public static bool IsIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name);

    /// <summary>A parameter name: <see cref="Camel"/>, with <c>@</c> before a C# keyword.</summary>
    public static string Parameter(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>camelCase: <see cref="Pascal"/> with its first letter lowered (<c>status_url</c> -> <c>statusUrl</c>).</summary>
    public static string Camel(string value)
    {
        string pascal = Pascal(value);
        return char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>
    /// A PascalCase name for an element, attribute or enumerated value: words split at anything but letters and digits, each capitalised,
    /// all-capital words lowered after their first letter (<c>inbound_track</c> -> <c>InboundTrack</c>,
    /// <c>POST</c> -> <c>Post</c>), and <c>Value</c> before a leading digit.
    /// </summary>
    public static string Pascal(string value)
    {
        var builder = new StringBuilder();
        foreach (string word in value.Split(value.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray()))
        {
            if (word.Length == 0)
            {
                continue;
            }

            bool allCapitals = word.All(c => !char.IsLower(c)) && word.Length > 1;
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

    /// <summary>
    /// A C# string literal: verbatim when it holds backslashes and nothing else a verbatim literal cannot show (so
    /// that a pattern reads as written in its schema), else escaped by Roslyn.
    /// </summary>
    public static string Literal(string value) =>
        value.IndexOf('\\') >= 0 && !value.Any(char.IsControl)
            ? "@\"" + value.Replace("\"", "\"\"") + "\""
            : SymbolDisplay.FormatLiteral(value, quote: true);
}
