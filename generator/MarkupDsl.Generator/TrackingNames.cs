namespace MarkupDsl.Generator;

/// <summary>The names of the incremental pipeline's steps, for caching tests.</summary>
internal static class TrackingNames
{
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string Bound = nameof(Bound);
    public const string Assembly = nameof(Assembly);
    public const string Dialects = nameof(Dialects);
    public const string Diagnostics = nameof(Diagnostics);
}
