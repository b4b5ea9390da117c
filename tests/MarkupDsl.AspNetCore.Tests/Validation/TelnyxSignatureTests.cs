using System;
using System.Text;
using MarkupDsl.AspNetCore.Validation;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>Telnyx's Ed25519 signature over <c>timestamp|body</c>, with the key pair of RFC 8032's first test vector.</summary>
public sealed class TelnyxSignatureTests
{
    internal const string Timestamp = "1700000000";
    internal const string Body = """{"data":{"event_type":"call.initiated","payload":{"call_control_id":"v2:T02llQxIyaRkhfRKxgAP8nY511EhFLizdvdUKJiSw8d6A9BborherQ"}}}""";

    // RFC 8032, section 7.1, TEST 1.
    private static readonly byte[] SecretKey = Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    internal static readonly byte[] PublicKey = Convert.FromHexString("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");

    /// <summary>Signs as Telnyx does: Ed25519 over the timestamp, '|' and the body, in Base64.</summary>
    internal static string Sign(string timestamp, string body)
    {
        byte[] message = Encoding.UTF8.GetBytes(timestamp + "|" + body);
        byte[] signature = new byte[64];
        new Ed25519PrivateKeyParameters(SecretKey).Sign(Ed25519.Algorithm.Ed25519, null, message, 0, message.Length, signature, 0);
        return Convert.ToBase64String(signature);
    }

    [Fact]
    public void The_test_key_pair_is_rfc_8032s()
    {
        Assert.Equal(PublicKey, new Ed25519PrivateKeyParameters(SecretKey).GeneratePublicKey().GetEncoded());

        // RFC 8032 TEST 1 signs the empty message; this is its signature.
        byte[] signature = new byte[64];
        new Ed25519PrivateKeyParameters(SecretKey).Sign(Ed25519.Algorithm.Ed25519, null, [], 0, 0, signature, 0);
        Assert.Equal("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b", Convert.ToHexStringLower(signature));
    }

    [Fact]
    public void A_signature_over_the_timestamp_and_body_matches() =>
        Assert.True(TelnyxSignature.Matches(PublicKey, Timestamp, Encoding.UTF8.GetBytes(Body), Sign(Timestamp, Body)));

    [Theory]
    [InlineData("1700000001", Body)]
    [InlineData(Timestamp, Body + " ")]
    [InlineData(Timestamp, """{"data":{"event_type":"call.hangup"}}""")]
    public void A_tampered_timestamp_or_body_does_not_match(string timestamp, string body) =>
        Assert.False(TelnyxSignature.Matches(PublicKey, timestamp, Encoding.UTF8.GetBytes(body), Sign(Timestamp, Body)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void A_missing_malformed_or_short_signature_does_not_match(string? signature) =>
        Assert.False(TelnyxSignature.Matches(PublicKey, Timestamp, Encoding.UTF8.GetBytes(Body), signature));

    [Fact]
    public void Another_key_does_not_match()
    {
        byte[] other = (byte[])PublicKey.Clone();
        other[0] ^= 1;
        Assert.False(TelnyxSignature.Matches(other, Timestamp, Encoding.UTF8.GetBytes(Body), Sign(Timestamp, Body)));
    }

    [Fact]
    public void A_key_that_is_not_32_bytes_is_refused_naming_the_parameter() =>
        Assert.Equal("publicKey", Assert.Throws<ArgumentException>(() => TelnyxSignature.Matches(new byte[31], Timestamp, [], "x")).ParamName);

    [Theory]
    [InlineData("1700000000", 0, true)]
    [InlineData("1700000000", 300, true)]
    [InlineData("1700000000", -300, true)]
    [InlineData("1700000000", 301, false)]
    [InlineData("1700000000", -301, false)]
    [InlineData("+1700000000", 0, false)]
    [InlineData("1700000000.5", 0, false)]
    [InlineData("99999999999999999999", 0, false)]
    [InlineData(null, 0, false)]
    public void A_timestamp_is_fresh_within_the_tolerance_either_way(string? timestamp, int secondsLater, bool fresh) =>
        Assert.Equal(fresh, TelnyxSignature.IsFresh(timestamp, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + secondsLater), TimeSpan.FromMinutes(5)));
}
