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
    [InlineData("https://mycompany.com:8443/myapp.php?foo=1&bar=2")]
    public void A_tampered_url_does_not_match(string url) =>
        Assert.False(TwilioSignature.Matches(TestApp.AuthToken, url, ExampleParameters(), ExampleSignature));

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
