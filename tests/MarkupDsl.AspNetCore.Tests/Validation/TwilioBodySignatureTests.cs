using System;
using System.Text;
using MarkupDsl.AspNetCore.Validation;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>JSON webhooks: signed over the URL alone, which carries the body's SHA-256 as <c>bodySHA256</c>.</summary>
public sealed class TwilioBodySignatureTests
{
    internal const string Body = """{"CallSid":"CA1234567890ABCDE","CallStatus":"completed"}""";

    /// <summary>The URL of a JSON webhook for <paramref name="body"/>, as Twilio requests it.</summary>
    internal static string UrlFor(string body, string url = "https://mycompany.com/events?source=voice") =>
        $"{url}&{TwilioSignature.BodyHashParameterName}={TwilioSignature.ComputeBodyHash(Encoding.UTF8.GetBytes(body))}";

    [Fact]
    public void The_body_hash_is_the_lowercase_hex_sha256()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", TwilioSignature.ComputeBodyHash([]));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TwilioSignature.ComputeBodyHash("abc"u8));
    }

    [Theory]
    [InlineData(TwilioSignatureAlgorithm.HmacSha1)]
    [InlineData(TwilioSignatureAlgorithm.HmacSha256)]
    public void A_signed_url_with_the_bodys_hash_matches(TwilioSignatureAlgorithm algorithm)
    {
        string url = UrlFor(Body);
        string signature = TwilioSignature.Compute("token", url, [], algorithm);

        Assert.True(TwilioSignature.MatchesBody("token", url, Encoding.UTF8.GetBytes(Body), signature, algorithm));
        Assert.True(TwilioSignature.MatchesBody("token", url.Replace("mycompany.com", "mycompany.com:443"), Encoding.UTF8.GetBytes(Body), signature, algorithm));
    }

    [Fact]
    public void A_changed_body_does_not_match_its_signed_hash()
    {
        string url = UrlFor(Body);
        string signature = TwilioSignature.Compute("token", url, []);

        Assert.False(TwilioSignature.MatchesBody("token", url, Encoding.UTF8.GetBytes(Body.Replace("completed", "ringing")), signature, TwilioSignatureAlgorithm.HmacSha1));
    }

    [Fact]
    public void A_hash_swapped_in_the_url_for_a_changed_body_breaks_the_signature()
    {
        string signature = TwilioSignature.Compute("token", UrlFor(Body), []);
        string forged = Body.Replace("completed", "ringing");

        Assert.False(TwilioSignature.MatchesBody("token", UrlFor(forged), Encoding.UTF8.GetBytes(forged), signature, TwilioSignatureAlgorithm.HmacSha1));
    }

    [Theory]
    [InlineData("https://mycompany.com/events")]
    [InlineData("https://mycompany.com/events?bodysha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("https://mycompany.com/events?bodySHA256=E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")]
    [InlineData("https://mycompany.com/events?bodySHA256=")]
    public void A_url_without_the_exact_lowercase_hash_never_matches(string url) =>
        Assert.False(TwilioSignature.MatchesBody("token", url, [], TwilioSignature.Compute("token", url, []), TwilioSignatureAlgorithm.HmacSha1));

    [Theory]
    [InlineData("https://x.test/?bodySHA256=a%62c&x=1", "abc")]
    [InlineData("https://x.test/?bodySHA256=one&bodySHA256=two", "two")]
    [InlineData("https://x.test/?bodySHA256=abc=def", "abc")]
    [InlineData("https://x.test/?x=1#bodySHA256=abc", null)]
    [InlineData("https://x.test/bodySHA256=abc", null)]
    public void The_body_hash_is_read_from_the_query_as_twilio_csharp_reads_it(string url, string? hash) =>
        Assert.Equal(hash, TwilioSignature.FindBodyHash(url));

    [Fact]
    public void Missing_token_or_url_is_refused_naming_the_parameter()
    {
        Assert.Equal("authToken", Assert.ThrowsAny<ArgumentException>(() => TwilioSignature.MatchesBody("", "https://x.test/", [], "s", TwilioSignatureAlgorithm.HmacSha1)).ParamName);
        Assert.Equal("url", Assert.ThrowsAny<ArgumentException>(() => TwilioSignature.MatchesBody("t", "", [], "s", TwilioSignatureAlgorithm.HmacSha1)).ParamName);
    }
}
