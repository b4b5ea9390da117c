namespace MarkupDsl.Tests.Audio;

/// <summary>
/// A port of the widely copied Reese/Campbell G.711 routine (clip 32635, bias 0x84, an exponent lookup table),
/// one sample at a time, as NAudio's and SIPSorcery's encoders do it. It negates a negative sample where G.191 takes
/// its one's complement. The tests pin the differences the API docs state; the benchmarks use it as the per-sample
/// baseline.
/// </summary>
internal static class ReeseCampbell
{
    private const int Clip = 32635;
    private const int Bias = 0x84;

    // Highest set bit (0..7) of each byte value, 0 for 0.
    private static readonly byte[] Exponents = CreateExponents();

    public static byte MuLawEncode(short pcm)
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

    public static short MuLawDecode(byte code)
    {
        int inverted = ~code;
        int exponent = (inverted >> 4) & 0x07;
        int sample = ((((inverted & 0x0F) << 3) + Bias) << exponent) - Bias;
        return (short)((inverted & 0x80) != 0 ? -sample : sample);
    }

    public static byte ALawEncode(short pcm)
    {
        int sample = pcm;
        int sign = sample >= 0 ? 0x80 : 0;
        if (sign == 0)
        {
            sample = -sample;
        }

        if (sample > Clip)
        {
            sample = Clip;
        }

        int code;
        if (sample >= 256)
        {
            int exponent = Exponents[sample >> 8] + 1;
            code = (exponent << 4) | ((sample >> (exponent + 3)) & 0x0F);
        }
        else
        {
            code = sample >> 4;
        }

        return (byte)(code ^ sign ^ 0x55);
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
