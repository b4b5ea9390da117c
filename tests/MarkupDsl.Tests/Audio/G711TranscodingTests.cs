using System;
using MarkupDsl.Audio;
using MarkupDsl.Audio.Simd;

namespace MarkupDsl.Tests.Audio;

public class G711TranscodingTests
{
    [Theory]
    [InlineData(0x00, 0x2A)]
    [InlineData(0x7F, 0x55)]
    [InlineData(0xFF, 0xD5)]
    [InlineData(0x2F, 0x1A)]
    public void MuLaw_to_ALaw_matches_the_corrected_G711_table(byte muLaw, byte aLaw) =>
        Assert.Equal(aLaw, G711.MuLawToALaw(muLaw));

    [Theory]
    [InlineData(0x55, 0x7E)]
    [InlineData(0xD5, 0xFE)]
    [InlineData(0x1A, 0x2F)]
    public void ALaw_to_MuLaw_matches_the_corrected_G711_table(byte aLaw, byte muLaw) =>
        Assert.Equal(muLaw, G711.ALawToMuLaw(aLaw));

    [Fact]
    public void MuLaw_to_ALaw_is_decode_then_encode_except_where_G711_Table_3_departs_from_it()
    {
        for (int muLaw = 0; muLaw < 256; muLaw++)
        {
            Assert.True(ExpectedMuLawToALaw((byte)muLaw) == G711.MuLawToALaw((byte)muLaw), $"mu-law 0x{muLaw:X2}");
        }
    }

    [Fact]
    public void ALaw_to_MuLaw_is_decode_then_encode_except_where_G711_Table_4_departs_from_it()
    {
        for (int aLaw = 0; aLaw < 256; aLaw++)
        {
            Assert.True(ExpectedALawToMuLaw((byte)aLaw) == G711.ALawToMuLaw((byte)aLaw), $"A-law 0x{aLaw:X2}");
        }
    }

    [Fact]
    public void Round_trips_return_every_code_but_the_documented_ones()
    {
        for (int code = 0; code < 256; code++)
        {
            int muLawMagnitude = (code ^ 0x7F) & 0x7F;
            bool muLawFiner = muLawMagnitude < 16 && muLawMagnitude % 2 == 0;
            Assert.Equal(!muLawFiner, G711.ALawToMuLaw(G711.MuLawToALaw((byte)code)) == code);

            int aLawMagnitude = (code ^ 0x55) & 0x7F;
            bool aLawFiner = aLawMagnitude is 25 or 27 or 29 or 31 or 44 or 46 or 62 or 80;
            Assert.Equal(!aLawFiner, G711.MuLawToALaw(G711.ALawToMuLaw((byte)code)) == code);
        }
    }

    [Fact]
    public void Every_path_converts_spans_as_the_single_code_helpers_do_at_any_length_and_offset()
    {
        byte[] codes = AllInputs.Codes(times: 5);
        new Random(8).Shuffle(codes);
        foreach (VectorPath path in AllInputs.PathsUpTo(VectorPaths.BestForTableLookup))
        {
            foreach (int length in (int[])[.. AllInputs.OddLengths[..^1], codes.Length - 3])
            {
                for (int offset = 0; offset < 4; offset++)
                {
                    ReadOnlySpan<byte> source = codes.AsSpan(offset, length);
                    byte[] aLaw = new byte[length + 1];
                    byte[] muLaw = new byte[length + 1];
                    G711.MuLawToALaw(source, aLaw, path);
                    G711.ALawToMuLaw(source, muLaw, path);
                    for (int i = 0; i < length; i++)
                    {
                        Assert.Equal(G711.MuLawToALaw(source[i]), aLaw[i]);
                        Assert.Equal(G711.ALawToMuLaw(source[i]), muLaw[i]);
                    }

                    Assert.Equal(0, aLaw[length]);
                    Assert.Equal(0, muLaw[length]);
                }
            }
        }
    }

    [Fact]
    public void Spans_convert_in_place()
    {
        byte[] codes = AllInputs.Codes(times: 2);
        byte[] buffer = (byte[])codes.Clone();
        G711.MuLawToALaw(buffer, buffer);
        for (int i = 0; i < codes.Length; i++)
        {
            Assert.Equal(G711.MuLawToALaw(codes[i]), buffer[i]);
        }

        G711.ALawToMuLaw(buffer, buffer);
        for (int i = 0; i < codes.Length; i++)
        {
            Assert.Equal(G711.ALawToMuLaw(G711.MuLawToALaw(codes[i])), buffer[i]);
        }
    }

    [Fact]
    public void Short_destinations_are_rejected_naming_them()
    {
        Assert.Equal("aLaw", Assert.Throws<ArgumentException>(() => G711.MuLawToALaw(new byte[160], new byte[80])).ParamName);
        Assert.Equal("muLaw", Assert.Throws<ArgumentException>(() => G711.ALawToMuLaw(new byte[160], new byte[80])).ParamName);
    }

    // G.711's tables are symmetric in sign. On the positive side Table 3 is decode-then-encode except that it takes
    // mu-law magnitudes 48, 49, 64 and 81-95 one A-law step higher (G.191's encoder is not symmetric: it sends a
    // negative value lying exactly on a decision level to the smaller magnitude, so the negative side is derived too).
    private static byte ExpectedMuLawToALaw(byte muLaw)
    {
        byte positive = G191Oracle.ALawEncode(G191Oracle.MuLawDecode((byte)(muLaw | 0x80)));
        int magnitude = (muLaw ^ 0x7F) & 0x7F;
        byte aLaw = magnitude is 48 or 49 or 64 or (>= 81 and <= 95) ? StepALaw(positive, +1) : positive;
        return (byte)((aLaw & 0x7F) | (muLaw & 0x80));
    }

    // On the positive side Table 4 is decode-then-encode except that it takes A-law magnitudes 80-95 one mu-law step lower.
    private static byte ExpectedALawToMuLaw(byte aLaw)
    {
        byte positive = G191Oracle.MuLawEncode(G191Oracle.ALawDecode((byte)(aLaw | 0x80)));
        int magnitude = (aLaw ^ 0x55) & 0x7F;
        byte muLaw = magnitude is >= 80 and <= 95 ? StepMuLaw(positive, -1) : positive;
        return (byte)((muLaw & 0x7F) | (aLaw & 0x80));
    }

    private static byte StepALaw(byte code, int steps) =>
        (byte)((code & 0x80) | ((((code ^ 0x55) & 0x7F) + steps) ^ 0x55));

    private static byte StepMuLaw(byte code, int steps) =>
        (byte)((code & 0x80) | ((((code ^ 0x7F) & 0x7F) + steps) ^ 0x7F));
}
