using System;
using MarkupDsl.Markup;

namespace MarkupDsl.SWML;

// Named sections are the document's shape, not a method, so no schema declares them: written here, beside the
// builder the schemas generate.
public sealed partial class SwmlDocument
{
    /// <summary>
    /// Adds a named section (<c>sections.&lt;name&gt;</c>), built like the <c>main</c> section: the target of
    /// <c>execute</c>'s and <c>transfer</c>'s <c>dest</c>.
    /// </summary>
    /// <param name="name">The section's name: letters, digits, <c>_</c> and <c>-</c>, not <c>main</c> and not one this document has.</param>
    /// <param name="methods">Adds the section's methods, in order.</param>
    /// <returns>This document, to chain the next call.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is not usable, or <paramref name="methods"/> added a section inside the section.</exception>
    public SwmlDocument Section(string name, Action<SwmlDocument> methods)
    {
        AddSection(name, new SwmlDocument(), methods);
        return this;
    }
}
