namespace MarkupDsl.Analyzers.Diagnostics;

/// <summary>Keys of the diagnostic properties that tell a code fix what to write.</summary>
internal static class FixProperties
{
    /// <summary>The text that replaces the flagged value (a known value, or a URL scheme).</summary>
    public const string Replacement = "Replacement";

    /// <summary>The part of the flagged text to replace (the wrong URL scheme).</summary>
    public const string Replaced = "Replaced";
}
