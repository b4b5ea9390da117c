using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.Extensions.Primitives;

namespace MarkupDsl.AspNetCore.Tests.Validation;

public sealed class TwilioSignatureTests
{
    // Twilio's documented example (https://www.twilio.com/docs/usage/security#validating-requests).
    internal const string ExampleUrl = "https://mycompany.com/myapp.php?foo=1&bar=2";
    internal const string ExampleSignature = "GvWf1cFY/Q7PnoempGyD5oXAezc=";

    internal static Dictionary<string, StringValues> ExampleParameters() => new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["Caller"] = "+14158675310",
        ["Digits"] = "1234",
        ["From"] = "+14158675310",
        ["To"] = "+18005551212",
    };

    [Fact]
    public void Twilios_documented_example_gives_its_documented_signature()
    {
        Assert.Equal(ExampleSignature, TwilioSignature.Compute(TestApp.AuthToken, ExampleUrl, ExampleParameters()));
        Assert.True(TwilioSignature.Matches(TestApp.AuthToken, ExampleUrl, ExampleParameters(), ExampleSignature));
    }

    [Fact]
    public void Parameter_order_does_not_matter()
    {
        var reversed = ExampleParameters().Reverse();
        Assert.True(TwilioSignature.Matches(TestApp.AuthToken, ExampleUrl, reversed, ExampleSignature));
    }

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=3")]
    [InlineData("https://mycompany.com/myapp.php?foo=1")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2")]
    [InlineData("https://evil.example/myapp.php?foo=1&bar=2")]
    [InlineData("https://mycompany.com/other.php?foo=1&bar=2")]
    [InlineData("https://mycompany.com.:443/myapp.php?foo=1&bar=2")]
    public void A_tampered_url_does_not_match(string url) =>
        Assert.False(TwilioSignature.Matches(TestApp.AuthToken, url, ExampleParameters(), ExampleSignature));

    [Theory]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2")]
    [InlineData("https://mycompany.com:8443/myapp.php?foo=1&bar=2")]
    public void The_url_signed_without_a_port_matches_the_request_that_names_one(string url) =>
        Assert.True(TwilioSignature.Matches(TestApp.AuthToken, url, ExampleParameters(), ExampleSignature));

    [Theory]
    [InlineData("https://x.test:443/voice?a=1", "https://x.test/voice?a=1")]
    [InlineData("http://x.test:80/voice", "http://x.test/voice")]
    [InlineData("wss://x.test:443/media", "wss://x.test/media")]
    [InlineData("ws://x.test:80/media", "ws://x.test/media")]
    [InlineData("HTTPS://X.test:443/voice", "HTTPS://X.test/voice")]
    [InlineData("https://[::1]:443/voice", "https://[::1]/voice")]
    public void The_url_signed_with_its_default_port_matches_the_request_without_one(string signed, string requested)
    {
        string signature = TwilioSignature.Compute("token", signed, []);
        Assert.True(TwilioSignature.Matches("token", requested, [], signature));
        Assert.False(TwilioSignature.Matches("token", requested.Replace("voice", "voicE").Replace("media", "mediA"), [], signature));
    }

    [Theory]
    [InlineData("https://x.test:8443/voice", "https://x.test/voice")]
    [InlineData("https://x.test:80/voice", "https://x.test/voice")]
    [InlineData("http://x.test:443/voice", "http://x.test/voice")]
    [InlineData("wss://x.test:80/media", "wss://x.test/media")]
    public void Only_the_schemes_default_port_is_added(string signed, string requested) =>
        Assert.False(TwilioSignature.Matches("token", requested, [], TwilioSignature.Compute("token", signed, [])));

    [Theory]
    [InlineData("https://x.test/voice", "https://x.test:443/voice")]
    [InlineData("https://x.test:8443/voice", "https://x.test/voice")]
    [InlineData("https://x.test:443/voice", "https://x.test/voice")]
    [InlineData("https://x.test", "https://x.test:443")]
    [InlineData("https://x.test?a=b:1", "https://x.test:443?a=b:1")]
    [InlineData("https://x.test#a:1", "https://x.test:443#a:1")]
    [InlineData("wss://u:p@x.test/media", "wss://u:p@x.test:443/media")]
    [InlineData("https://[2001:db8::1]/voice", "https://[2001:db8::1]:443/voice")]
    [InlineData("https://[2001:db8::1]:8443/voice", "https://[2001:db8::1]/voice")]
    [InlineData("ftp://x.test/file", null)]
    [InlineData("/voice", null)]
    public void The_port_variant_removes_the_port_or_adds_the_schemes_default(string url, string? variant) =>
        Assert.Equal(variant, TwilioSignature.PortVariant(url));

    [Fact]
    public void Hmac_sha256_signs_the_same_data_with_the_shared_key()
    {
        var parameters = new Dictionary<string, StringValues> { ["CallSid"] = "CA1", ["From"] = "+15551234567" };
        string expected = Convert.ToBase64String(HMACSHA256.HashData("shared-secret"u8, Encoding.UTF8.GetBytes("https://x.test/voiceCallSidCA1From+15551234567")));

        string signature = TwilioSignature.Compute("shared-secret", "https://x.test/voice", parameters, TwilioSignatureAlgorithm.HmacSha256);

        Assert.Equal(expected, signature);
        Assert.Equal(44, signature.Length);
        Assert.True(TwilioSignature.Matches("shared-secret", "https://x.test:443/voice", parameters, signature, TwilioSignatureAlgorithm.HmacSha256));
        Assert.False(TwilioSignature.Matches("shared-secret", "https://x.test/voice", parameters, signature, TwilioSignatureAlgorithm.HmacSha1));
        Assert.False(TwilioSignature.Matches("shared-secret", "https://x.test/voice", parameters, TwilioSignature.Compute("shared-secret", "https://x.test/voice", parameters),
            TwilioSignatureAlgorithm.HmacSha256));
    }

    [Fact]
    public void An_undefined_algorithm_is_refused_naming_the_parameter() =>
        Assert.Equal("algorithm", Assert.Throws<ArgumentOutOfRangeException>(() => TwilioSignature.Compute("t", "https://x.test/", [], (TwilioSignatureAlgorithm)2)).ParamName);

    [Theory]
    [InlineData("Digits", "9999")]
    [InlineData("To", "+18005551213")]
    [InlineData("Extra", "1")]
    [InlineData("digits", "1234")]
    public void A_changed_or_added_parameter_does_not_match(string name, string value)
    {
        var parameters = ExampleParameters();
        parameters[name] = value;
        Assert.False(TwilioSignature.Matches(TestApp.AuthToken, ExampleUrl, parameters, ExampleSignature));
    }

    [Fact]
    public void A_removed_parameter_does_not_match()
    {
        var parameters = ExampleParameters();
        parameters.Remove("Caller");
        Assert.False(TwilioSignature.Matches(TestApp.AuthToken, ExampleUrl, parameters, ExampleSignature));
    }

    [Fact]
    public void Another_auth_token_does_not_match() =>
        Assert.False(TwilioSignature.Matches("54321", ExampleUrl, ExampleParameters(), ExampleSignature));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("GvWf1cFY/Q7PnoempGyD5oXAezc")]
    [InlineData("GvWf1cFY/Q7PnoempGyD5oXA")]
    [InlineData("GvWf1cFY/Q7PnoempGyD5oXAezd=")]
    [InlineData("GvWf1cFY/Q7PnoempGyD5oXAezcAAAAA")]
    public void A_missing_malformed_or_altered_signature_does_not_match(string? signature) =>
        Assert.False(TwilioSignature.Matches(TestApp.AuthToken, ExampleUrl, ExampleParameters(), signature));

    [Fact]
    public void Names_are_sorted_ordinally_and_repeated_values_in_ordinal_order()
    {
        // Ordinal order puts "B" before "a" (a culture-aware sort would not); a repeated name's values are sorted too.
        var parameters = new Dictionary<string, StringValues> { ["a"] = "1", ["B"] = new StringValues(["z", "Y"]) };
        string expected = Convert.ToBase64String(HMACSHA1.HashData("token"u8, Encoding.UTF8.GetBytes("https://x.test/BYBza1")));

        Assert.Equal(expected, TwilioSignature.Compute("token", "https://x.test/", parameters));
    }

    [Fact]
    public void Text_outside_ascii_is_signed_as_utf8()
    {
        var parameters = new Dictionary<string, StringValues> { ["SpeechResult"] = "Grüß Gott 😀" };
        string expected = Convert.ToBase64String(HMACSHA1.HashData("tökén"u8, Encoding.UTF8.GetBytes("https://x.test/?q=éSpeechResultGrüß Gott 😀")));

        Assert.Equal(expected, TwilioSignature.Compute("tökén", "https://x.test/?q=é", parameters));
    }

    [Theory]
    [InlineData(null, "https://x.test/", "authToken")]
    [InlineData("", "https://x.test/", "authToken")]
    [InlineData("token", null, "url")]
    [InlineData("token", "", "url")]
    public void Missing_token_or_url_is_refused_naming_the_parameter(string? authToken, string? url, string parameter)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => TwilioSignature.Compute(authToken!, url!, []));
        Assert.Equal(parameter, exception.ParamName);
    }

    [Fact]
    public void Null_parameters_are_refused_naming_the_parameter() =>
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => TwilioSignature.Matches("t", "https://x.test/", null!, "s")).ParamName);
}
