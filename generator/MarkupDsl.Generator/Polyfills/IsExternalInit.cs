namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 compile records and init-only setters (PolySharp is not in the registry).</summary>
internal static class IsExternalInit
{
}
