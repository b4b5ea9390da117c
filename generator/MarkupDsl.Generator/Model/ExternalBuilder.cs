namespace MarkupDsl.Generator.Model;

/// <summary>A builder class found in a referenced assembly, which a user's schema may attach elements to.</summary>
/// <param name="MetadataName">The full name, for example <c>MarkupDsl.TwiML.StartBuilder</c>.</param>
/// <param name="IsDocument">It derives from <c>MarkupDocument</c>, so children go to its <c>Root</c>.</param>
internal sealed record ExternalBuilder(string MetadataName, bool IsDocument);
