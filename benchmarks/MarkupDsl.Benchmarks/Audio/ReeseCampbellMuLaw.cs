namespace MarkupDsl.Benchmarks.Audio;

/// <summary>
/// The widely copied Reese/Campbell mu-law routine (clip 32635, bias 0x84, an exponent lookup table), one sample at
/// a time, as NAudio and its ports do it: the per-sample baseline. It negates negative samples where G.191 takes the
/// one's complement, so it differs from <see cref="MarkupDsl.Audio.MuLaw"/> on 127 negative inputs.
/// </summary>
internal static class ReeseCampbellMuLaw
{
    private const int Clip = 32635;
    private const int Bias = 0x84;

    // Exponent (highest set bit, 0..7) of the biased magnitude's top eight bits.
    private static readonly byte[] Exponents = CreateExponents();

    public static byte Encode(short pcm)
    {
        int sample = pcm;
        int sign = (sample >> 8) & 0x80;
        if (sign != 0)
        {
            sample = -sample;
        }

        if (sample > Clip)
        {
            sample = Clip;
        }

        sample += Bias;
        int exponent = Exponents[(sample >> 7) & 0xFF];
        int mantissa = (sample >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    public static short Decode(byte code)
    {
        int inverted = ~code;
        int exponent = (inverted >> 4) & 0x07;
        int sample = ((((inverted & 0x0F) << 3) + Bias) << exponent) - Bias;
        return (short)((inverted & 0x80) != 0 ? -sample : sample);
    }

    private static byte[] CreateExponents()
    {
        var exponents = new byte[256];
        for (int i = 2; i < 256; i++)
        {
            exponents[i] = (byte)(exponents[i / 2] + 1);
        }

        return exponents;
    }
}
