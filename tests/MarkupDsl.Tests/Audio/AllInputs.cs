namespace MarkupDsl.Tests.Audio;

/// <summary>Every 16-bit sample and every G.711 code, in ascending order.</summary>
internal static class AllInputs
{
    public static short[] Samples()
    {
        var samples = new short[65536];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = (short)(i - 32768);
        }

        return samples;
    }

    public static byte[] Codes()
    {
        var codes = new byte[256];
        for (int i = 0; i < codes.Length; i++)
        {
            codes[i] = (byte)i;
        }

        return codes;
    }
}
