namespace MarkupDsl.Tests.Audio;

/// <summary>
/// An independent G.711 written straight from the ITU-T G.191 <c>g711.c</c> algorithm: bit by bit, with branches
/// and no tables, so that it shares nothing with the production code. mu-law encoding follows the project reference's
/// pseudo-code; A-law encoding follows G.191's loop, because that pseudo-code shifts by the segment where G.191 shifts
/// by the segment minus one (it agrees only when the four bits below the leading one are all ones).
/// </summary>
internal static class G191Oracle
{
    public static byte MuLawEncode(short x)
    {
        int m = x < 0 ? ~x : x;
        m >>= 2;
        m += 33;
        if (m > 0x1FFF)
        {
            m = 0x1FFF;
        }

        int segment = HighestSetBit(m) - 5;
        int code = (segment << 4) | ((m >> (segment + 1)) & 0xF);
        return (byte)(code ^ (x < 0 ? 0x7F : 0xFF));
    }

    public static short MuLawDecode(byte code)
    {
        int sign = code < 0x80 ? -1 : 1;
        int mantissa = ~code & 0xFF;
        int exponent = (mantissa >> 4) & 0x07;
        int segment = exponent + 1;
        mantissa &= 0x0F;
        int step = 4 << segment;
        return (short)(sign * ((0x80 << exponent) + (step * mantissa) + (step / 2) - (4 * 33)));
    }

    public static byte ALawEncode(short x)
    {
        int ix = x < 0 ? (~x) >> 4 : x >> 4;
        if (ix > 15)
        {
            int exponent = 1;
            while (ix > 16 + 15)
            {
                ix >>= 1;
                exponent++;
            }

            ix -= 16;
            ix += exponent << 4;
        }

        if (x >= 0)
        {
            ix |= 0x80;
        }

        return (byte)(ix ^ 0x55);
    }

    public static short ALawDecode(byte code)
    {
        int ix = (code ^ 0x55) & 0x7F;
        int exponent = ix >> 4;
        int mantissa = ix & 0x0F;
        if (exponent > 0)
        {
            mantissa += 16;
        }

        mantissa = (mantissa << 4) + 0x08;
        if (exponent > 1)
        {
            mantissa <<= exponent - 1;
        }

        return (short)(code > 127 ? mantissa : -mantissa);
    }

    private static int HighestSetBit(int value)
    {
        int bit = 31;
        while ((value & (1 << bit)) == 0)
        {
            bit--;
        }

        return bit;
    }
}
