using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace MarkupDsl.Analyzers.Semantics;

/// <summary>
/// The part of a URL argument known at compile time: a constant, a <c>new Uri("...")</c> turned into a string,
/// or the constant head of an interpolated string. <see cref="Syntax"/> is the literal that holds it, where a code
/// fix can rewrite it, or null when the text comes from a named constant.
/// </summary>
internal readonly struct UrlText
{
    private UrlText(string text, bool complete, SyntaxNode? syntax, Location location)
    {
        Text = text;
        IsComplete = complete;
        Syntax = syntax;
        Location = location;
    }

    /// <summary>The known text: the whole URL, or its start when <see cref="IsComplete"/> is false.</summary>
    public string Text { get; }

    /// <summary>Whether <see cref="Text"/> is the whole URL.</summary>
    public bool IsComplete { get; }

    /// <summary>The string literal or interpolated-string text that holds the URL, when the code writes it out.</summary>
    public SyntaxNode? Syntax { get; }

    /// <summary>Where a diagnostic about the text goes.</summary>
    public Location Location { get; }

    /// <summary>The text as a diagnostic quotes it: an unknown rest is shown as <c>...</c>.</summary>
    public string Display => IsComplete ? Text : Text + "...";

    /// <summary>The scheme (before <c>:</c>), or null for a relative or not yet known one.</summary>
    public string? Scheme
    {
        get
        {
            int colon = Text.IndexOf(':');
            int slash = Text.IndexOf('/');
            return colon > 0 && (slash < 0 || colon < slash) ? Text.Substring(0, colon) : null;
        }
    }

    /// <summary>Whether the known text already holds a query string or fragment.</summary>
    public bool HasQueryOrFragment => Text.IndexOfAny(new[] { '?', '#' }) >= 0;

    /// <summary>Reads what is known of a URL argument; false when nothing is.</summary>
    public static bool TryRead(IOperation? operation, MarkupTypes types, out UrlText url)
    {
        url = default;
        switch (operation)
        {
            case null:
                return false;
            case { ConstantValue: { HasValue: true, Value: string constant } }:
                url = new UrlText(constant, complete: true, operation is ILiteralOperation ? operation.Syntax : null, operation.Syntax.GetLocation());
                return true;
            case IConversionOperation { IsImplicit: true } conversion:
                return TryRead(conversion.Operand, types, out url);
            case IInterpolatedStringOperation { Parts.Length: > 0 } interpolated
                when interpolated.Parts[0] is IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string head } } text:
                url = new UrlText(head, complete: interpolated.Parts.Length == 1, text.Syntax, text.Syntax.GetLocation());
                return true;
            case IInvocationOperation { TargetMethod.Name: nameof(ToString), Arguments.Length: 0, Instance: { } instance }:
                return TryReadUri(instance, types, out url);
            case IPropertyReferenceOperation { Property.Name: "AbsoluteUri" or "OriginalString", Instance: { } instance }:
                return TryReadUri(instance, types, out url);
            default:
                return false;
        }
    }

    private static bool TryReadUri(IOperation instance, MarkupTypes types, out UrlText url)
    {
        url = default;
        return instance is IObjectCreationOperation { Constructor: { } constructor, Arguments.Length: > 0 } creation
            && SymbolEqualityComparer.Default.Equals(constructor.ContainingType, types.Uri)
            && TryRead(creation.Arguments[0].Value, types, out url);
    }
}
