using System.ComponentModel;

namespace MarkupDsl.Markup;

/// <summary>
/// The JSON type an attribute's value is written as in SWML, decided by its schema type: the element tree holds every
/// value as text, as XML does, and the SWML writers type it on the way out.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum MarkupJsonType
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary><c>true</c> or <c>false</c> (<c>xs:boolean</c>).</summary>
    Boolean,

    /// <summary>A JSON number (an integer type).</summary>
    Number,

    /// <summary>A JSON array of strings (<c>xs:list</c>), one per item of the space-separated list.</summary>
    Array,

    /// <summary>
    /// Any JSON value, held as text (<c>mdsl:json="any"</c>, <c>return</c>): JSON text (a number, <c>true</c>,
    /// <c>false</c>, <c>null</c>, a quoted string, an array or an object) is written as that JSON, any other text as a string.
    /// </summary>
    Any,
}
