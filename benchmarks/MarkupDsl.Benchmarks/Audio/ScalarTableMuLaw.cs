using MarkupDsl.Audio;

namespace MarkupDsl.Benchmarks.Audio;

/// <summary>
/// The usual fast scalar G.711: a 16 K-entry encode table (only <c>sample &gt;&gt; 2</c> matters) and a 256-entry
/// decode table, one load per sample. The baseline the vectorised library code is measured against.
/// </summary>
internal static class ScalarTableMuLaw
{
    private static readonly byte[] EncodeTable = CreateEncodeTable();
    private static readonly short[] DecodeTable = CreateDecodeTable();

    public static void Encode(short[] samples, byte[] encoded)
    {
        byte[] table = EncodeTable;
        for (int i = 0; i < samples.Length; i++)
        {
            encoded[i] = table[(ushort)samples[i] >> 2];
        }
    }

    public static void Decode(byte[] encoded, short[] samples)
    {
        short[] table = DecodeTable;
        for (int i = 0; i < encoded.Length; i++)
        {
            samples[i] = table[encoded[i]];
        }
    }

    private static byte[] CreateEncodeTable()
    {
        var table = new byte[16384];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = MuLaw.Encode((short)(i << 2));
        }

        return table;
    }

    private static short[] CreateDecodeTable()
    {
        var table = new short[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = MuLaw.Decode((byte)i);
        }

        return table;
    }
}
