using System;

namespace MarkupDsl.Audio;

/// <summary>Argument checks shared by the span conversions of this namespace.</summary>
internal static class SpanLength
{
    /// <summary>Throws when a destination cannot hold <paramref name="needed"/> elements.</summary>
    /// <param name="needed">Elements the conversion will write.</param>
    /// <param name="given">Length of the destination span.</param>
    /// <param name="destination">Name of the destination parameter, reported in the exception.</param>
    /// <param name="unit">What the elements are, for the message: "samples", "codes" or "bytes".</param>
    /// <exception cref="ArgumentException">The destination is shorter than <paramref name="needed"/>.</exception>
    public static void EnsureDestination(int needed, int given, string destination, string unit)
    {
        if (given < needed)
        {
            Throw(needed, given, destination, unit);
        }
    }

    private static void Throw(int needed, int given, string destination, string unit) =>
        throw new ArgumentException(
            $"Destination '{destination}' is too short: {needed} {unit} are needed but {given} were given.",
            destination);
}
