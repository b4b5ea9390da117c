using System;
using CsCheck;
using MarkupDsl.Audio;

namespace MarkupDsl.Tests.Properties;

/// <summary>
/// The laws G.711 coding obeys, checked on random samples, codes and spans beside the exhaustive tests in
/// <c>Audio/</c>: those compare every input with an oracle, these state what any correct implementation must do. A
/// failure prints CsCheck's seed; pass it as <c>seed:</c> (or set the <c>CsCheck_Seed</c> variable) to replay it.
/// </summary>
public class G711Properties
{
    [Fact]
    public void Encoding_a_decoded_code_gives_the_code_back_but_mu_law_negative_zero() =>
        Gen.Byte.Sample(code =>
        {
            Assert.Equal(code == 0x7F ? (byte)0xFF : code, MuLaw.Encode(MuLaw.Decode(code)));
            Assert.Equal(code, ALaw.Encode(ALaw.Decode(code)));
        }, iter: 2000);

    [Fact]
    public void Quantising_never_reverses_the_order_of_two_samples() =>
        Gen.Select(Gen.Short, Gen.Short).Sample((a, b) =>
        {
            (short low, short high) = a <= b ? (a, b) : (b, a);
            Assert.True(MuLaw.Decode(MuLaw.Encode(low)) <= MuLaw.Decode(MuLaw.Encode(high)), $"mu-law reverses {low} and {high}");
            Assert.True(ALaw.Decode(ALaw.Encode(low)) <= ALaw.Decode(ALaw.Encode(high)), $"A-law reverses {low} and {high}");
        }, iter: 10_000);

    [Fact]
    public void Quantising_twice_is_quantising_once_and_stays_within_one_step() =>
        Gen.Short.Sample(value =>
        {
            int sample = value;
            short muLaw = MuLaw.Decode(MuLaw.Encode(value));
            short aLaw = ALaw.Decode(ALaw.Encode(value));
            Assert.Equal(muLaw, MuLaw.Decode(MuLaw.Encode(muLaw)));
            Assert.Equal(aLaw, ALaw.Decode(ALaw.Encode(aLaw)));
            // The largest step is 1024 for both laws, in the top segment, on the 16-bit scale; the clip
            // at 32124 and 32256 adds what lies beyond the last level.
            Assert.InRange(Math.Abs(sample - muLaw), 0, Math.Max(1024, Math.Abs(sample) - 32124 + 1024));
            Assert.InRange(Math.Abs(sample - aLaw), 0, Math.Max(1024, Math.Abs(sample) - 32256 + 1024));
        }, iter: 10_000);

    [Fact]
    public void Spans_of_any_length_encode_and_decode_as_single_samples_do() =>
        Gen.Short.Array[0, 700].Sample(samples =>
        {
            byte[] muLaw = new byte[samples.Length];
            byte[] aLaw = new byte[samples.Length];
            MuLaw.Encode(samples, muLaw);
            ALaw.Encode(samples, aLaw);
            short[] muLawBack = new short[samples.Length];
            short[] aLawBack = new short[samples.Length];
            MuLaw.Decode(muLaw, muLawBack);
            ALaw.Decode(aLaw, aLawBack);
            for (int i = 0; i < samples.Length; i++)
            {
                Assert.Equal(MuLaw.Encode(samples[i]), muLaw[i]);
                Assert.Equal(ALaw.Encode(samples[i]), aLaw[i]);
                Assert.Equal(MuLaw.Decode(muLaw[i]), muLawBack[i]);
                Assert.Equal(ALaw.Decode(aLaw[i]), aLawBack[i]);
            }
        }, iter: 300);

    [Fact]
    public void Transcoding_keeps_the_sign_and_the_order_of_levels() =>
        Gen.Select(Gen.Byte, Gen.Byte).Sample((first, second) =>
        {
            // G.711's Tables 3 and 4 are symmetric in sign: bit 7 passes through.
            Assert.Equal(G711.MuLawToALaw(first) ^ 0x80, G711.MuLawToALaw((byte)(first ^ 0x80)));
            Assert.Equal(G711.ALawToMuLaw(first) ^ 0x80, G711.ALawToMuLaw((byte)(first ^ 0x80)));
            // Strictly: mu-law's two zeros (0x7F, 0xFF) become A-law's smallest levels of either sign.
            if (MuLaw.Decode(first) < MuLaw.Decode(second))
            {
                Assert.True(ALaw.Decode(G711.MuLawToALaw(first)) <= ALaw.Decode(G711.MuLawToALaw(second)));
            }

            if (ALaw.Decode(first) < ALaw.Decode(second))
            {
                Assert.True(MuLaw.Decode(G711.ALawToMuLaw(first)) <= MuLaw.Decode(G711.ALawToMuLaw(second)));
            }
        }, iter: 10_000);

    [Fact]
    public void Transcoding_there_and_back_returns_the_code_unless_the_other_law_is_coarser_there() =>
        Gen.Byte.Sample(code =>
        {
            // Where mu-law is finer (near zero) two mu-law codes share an A-law code, and where A-law is finer two
            // A-law codes share a mu-law code; a second round trip changes nothing.
            byte muLaw = G711.ALawToMuLaw(G711.MuLawToALaw(code));
            byte aLaw = G711.MuLawToALaw(G711.ALawToMuLaw(code));
            Assert.Equal(G711.MuLawToALaw(code), G711.MuLawToALaw(muLaw));
            Assert.Equal(G711.ALawToMuLaw(code), G711.ALawToMuLaw(aLaw));
            Assert.InRange(Math.Abs((muLaw & 0x7F) - (code & 0x7F)), 0, 1);
            Assert.InRange(Math.Abs(((aLaw ^ 0x55) & 0x7F) - ((code ^ 0x55) & 0x7F)), 0, 1);
        }, iter: 2000);
}
