using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace MarkupDsl.Markup;

/// <summary>
/// Lists, on a generated value type, the wire values its schema enumerates for the type's dialect, so that tools
/// reading metadata (the MarkupDsl analyzers) know them without running code.
/// </summary>
[AttributeUsage(AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KnownValuesAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="values">The enumerated values, as written on the wire.</param>
    public KnownValuesAttribute(params string[] values) => Values = values;

    /// <summary>The enumerated values, as written on the wire.</summary>
    public IReadOnlyList<string> Values { get; }
}
