namespace MarkupDsl.Markup;

/// <summary>How serious a <see cref="MarkupError"/> is.</summary>
public enum MarkupSeverity
{
    /// <summary>The document is malformed or breaks its dialect's schemas; reading it throws.</summary>
    Error,

    /// <summary>
    /// The document reads, but a value is not one its provider documents (an enumerated attribute, such as
    /// <c>track="inbound"</c>, takes values beyond the documented ones so that new provider values still read).
    /// </summary>
    Warning,
}
