using System;
using System.Buffers.Binary;
using MarkupDsl.Audio.Simd;

namespace MarkupDsl.Tests.Audio;

/// <summary>Tests every G.711 law must pass, against <see cref="G191Oracle"/> and across all vector paths.</summary>
public abstract class CompandingContract
{
    private protected abstract byte Encode(short sample);

    private protected abstract short Decode(byte code);

    private protected abstract void Encode(ReadOnlySpan<short> samples, Span<byte> encoded);

    private protected abstract void Decode(ReadOnlySpan<byte> encoded, Span<short> samples);

    private protected abstract void EncodePcm16(ReadOnlySpan<byte> pcm16, Span<byte> encoded);

    private protected abstract void DecodePcm16(ReadOnlySpan<byte> encoded, Span<byte> pcm16);

    private protected abstract void Encode(ReadOnlySpan<short> samples, Span<byte> encoded, VectorPath path);

    private protected abstract void Decode(ReadOnlySpan<byte> encoded, Span<short> samples, VectorPath path);

    private protected abstract byte OracleEncode(short sample);

    private protected abstract short OracleDecode(byte code);

    [Fact]
    public void Encode_matches_G191_for_every_sample()
    {
        short[] samples = AllInputs.Samples();
        byte[] encoded = new byte[samples.Length];
        Encode(samples, encoded);
        for (int i = 0; i < samples.Length; i++)
        {
            byte expected = OracleEncode(samples[i]);
            Assert.True(expected == encoded[i], $"span encode of {samples[i]}: 0x{encoded[i]:X2}, G.191 says 0x{expected:X2}");
            Assert.True(expected == Encode(samples[i]), $"encode of {samples[i]} differs from G.191");
        }
    }

    [Fact]
    public void Decode_matches_G191_for_every_code()
    {
        byte[] codes = AllInputs.Codes();
        short[] decoded = new short[codes.Length];
        Decode(codes, decoded);
        for (int i = 0; i < codes.Length; i++)
        {
            short expected = OracleDecode(codes[i]);
            Assert.True(expected == decoded[i], $"span decode of 0x{codes[i]:X2}: {decoded[i]}, G.191 says {expected}");
            Assert.True(expected == Decode(codes[i]), $"decode of 0x{codes[i]:X2} differs from G.191");
        }
    }

    [Fact]
    public void Every_vector_path_encodes_every_sample_as_the_scalar_path_does()
    {
        short[] samples = AllInputs.Samples();
        byte[] scalar = new byte[samples.Length];
        Encode(samples, scalar, VectorPath.Scalar);
        foreach (VectorPath path in AllInputs.PathsUpTo(VectorPaths.Best))
        {
            byte[] encoded = new byte[samples.Length];
            Encode(samples, encoded, path);
            Assert.True(scalar.AsSpan().SequenceEqual(encoded), $"{path} differs from the scalar path");
        }
    }

    [Fact]
    public void Every_vector_path_decodes_every_code_as_the_scalar_path_does()
    {
        byte[] codes = AllInputs.Codes(times: 4);
        short[] scalar = new short[codes.Length];
        Decode(codes, scalar, VectorPath.Scalar);
        foreach (VectorPath path in AllInputs.PathsUpTo(VectorPaths.Best))
        {
            short[] decoded = new short[codes.Length];
            Decode(codes, decoded, path);
            Assert.True(scalar.AsSpan().SequenceEqual(decoded), $"{path} differs from the scalar path");
        }
    }

    [Fact]
    public void Every_path_handles_odd_lengths_and_unaligned_offsets_without_writing_past_the_end()
    {
        short[] samples = AllInputs.RandomSamples(1100, seed: 711);
        foreach (VectorPath path in AllInputs.PathsUpTo(VectorPaths.Best))
        {
            foreach (int length in AllInputs.OddLengths)
            {
                for (int offset = 0; offset < 4; offset++)
                {
                    ReadOnlySpan<short> input = samples.AsSpan(offset, length);
                    byte[] encoded = new byte[length + 5];
                    encoded.AsSpan().Fill(0xA5);
                    Encode(input, encoded.AsSpan(1, length + 2), path);
                    short[] decoded = new short[length + 5];
                    Decode(encoded.AsSpan(1, length), decoded.AsSpan(1, length + 2), path);
                    for (int i = 0; i < length; i++)
                    {
                        Assert.Equal(OracleEncode(input[i]), encoded[i + 1]);
                        Assert.Equal(OracleDecode(encoded[i + 1]), decoded[i + 1]);
                    }

                    byte[] untouchedCodes = [encoded[0], .. encoded.AsSpan(length + 1)];
                    short[] untouchedSamples = [decoded[0], .. decoded.AsSpan(length + 1)];
                    Assert.Equal(new byte[] { 0xA5, 0xA5, 0xA5, 0xA5, 0xA5 }, untouchedCodes);
                    Assert.Equal(new short[5], untouchedSamples);
                }
            }
        }
    }

    [Fact]
    public void Pcm16_overloads_read_and_write_little_endian_bytes()
    {
        short[] samples = AllInputs.RandomSamples(161, seed: 16);
        byte[] pcm16 = new byte[2 * samples.Length];
        for (int i = 0; i < samples.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pcm16.AsSpan(2 * i), samples[i]);
        }

        byte[] encoded = new byte[samples.Length];
        EncodePcm16(pcm16, encoded);
        byte[] decodedBytes = new byte[pcm16.Length];
        DecodePcm16(encoded, decodedBytes);
        for (int i = 0; i < samples.Length; i++)
        {
            Assert.Equal(OracleEncode(samples[i]), encoded[i]);
            Assert.Equal(OracleDecode(encoded[i]), BinaryPrimitives.ReadInt16LittleEndian(decodedBytes.AsSpan(2 * i)));
        }

        // In place: the codes overwrite the first half of the very buffer that holds the PCM.
        EncodePcm16(pcm16, pcm16);
        Assert.Equal(encoded, pcm16[..samples.Length]);
    }

    [Fact]
    public void Pcm16_input_of_odd_length_is_rejected_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => EncodePcm16(new byte[321], new byte[200]));
        Assert.Equal("pcm16", error.ParamName);
        Assert.Contains("321", error.Message);
    }

    [Fact]
    public void Short_destinations_are_rejected_naming_them_with_the_sizes()
    {
        AssertTooShort("encoded", "160 codes are needed but 159 were given", () => Encode(new short[160], new byte[159]));
        AssertTooShort("samples", "160 samples are needed but 10 were given", () => Decode(new byte[160], new short[10]));
        AssertTooShort("encoded", "160 codes are needed but 100 were given", () => EncodePcm16(new byte[320], new byte[100]));
        AssertTooShort("pcm16", "320 bytes are needed but 319 were given", () => DecodePcm16(new byte[160], new byte[319]));
    }

    private static void AssertTooShort(string parameter, string sizes, Action convert)
    {
        var error = Assert.Throws<ArgumentException>(convert);
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(sizes, error.Message);
    }
}
