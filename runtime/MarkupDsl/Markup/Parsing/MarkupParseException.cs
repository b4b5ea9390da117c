using System;
using System.Collections.Generic;
using System.Linq;

namespace MarkupDsl.Markup;

/// <summary>A document could not be read: it is malformed or breaks its dialect's schemas.</summary>
public sealed class MarkupParseException : FormatException
{
    /// <summary>Creates the exception from every problem found.</summary>
    /// <param name="errors">The problems, in document order; at least one.</param>
    public MarkupParseException(IReadOnlyList<MarkupError> errors)
        : base($"The document has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Select(e => e.ToString()))}") =>
        Errors = errors;

    /// <summary>Every error found, in document order, not only the first.</summary>
    public IReadOnlyList<MarkupError> Errors { get; }

    /// <summary>Returns the root when no problem is an error; throws with the errors otherwise (warnings do not throw).</summary>
    internal static MarkupElement ThrowIfErrors(MarkupElement? root, List<MarkupError> problems)
    {
        if (problems.Exists(p => p.Severity == MarkupSeverity.Error))
        {
            throw new MarkupParseException(problems.FindAll(p => p.Severity == MarkupSeverity.Error));
        }

        return root!;
    }
}
