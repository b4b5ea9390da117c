using System;

namespace MarkupDsl.Audio;

/// <summary>Argument checks shared by the span conversions of this namespace.</summary>
internal static class SpanLength
{
    /// <summary>Throws when a destination cannot hold <paramref name="needed"/> elements.</summary>
    /// <param name="needed">Elements the conversion will write (samples or G.711 codes).</param>
    /// <param name="given">Length of the destination span.</param>
    /// <param name="destination">Name of the destination parameter, reported in the exception.</param>
    /// <exception cref="ArgumentException">The destination is shorter than <paramref name="needed"/>.</exception>
    public static void EnsureDestination(int needed, int given, string destination)
    {
        if (given < needed)
        {
            Throw(needed, given, destination);
        }
    }

    private static void Throw(int needed, int given, string destination) =>
        throw new ArgumentException(
            $"Destination '{destination}' is too short: {needed} elements are needed but {given} were given.",
            destination);
}
