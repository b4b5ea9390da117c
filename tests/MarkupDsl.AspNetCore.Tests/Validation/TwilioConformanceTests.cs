using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.Extensions.Primitives;
using Twilio.Security;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>
/// MarkupDsl accepts exactly the requests twilio-csharp 8.2.0's <see cref="RequestValidator"/> accepts: random URLs as
/// ASP.NET Core rebuilds them (schemes, host case, ports, escaped paths and query strings), forms, JSON bodies with
/// <c>bodySHA256</c>, both HMACs, signed over that URL, over it with or without its port, or over something else.
/// </summary>
/// <remarks>
/// One documented difference: for a URL that names its scheme's default port (<c>https://host:443/</c>),
/// RequestValidator only tries that URL, since <see cref="Uri"/> drops the default port before it looks for one to
/// remove; MarkupDsl also tries it without the port, as twilio-node does. There the test expects what RequestValidator
/// accepts for the URL with or without the port.
/// </remarks>
public sealed class TwilioConformanceTests
{
    private const int CaseCount = 4000;

    /// <summary>What a signature is made over, relative to the request.</summary>
    public enum Signed { SameUrl, OtherPortForm, OtherPath, OtherPort, OtherKey, OtherAlgorithm, OtherForm, Garbage }

    public sealed record Case(
        string Url, Dictionary<string, string> Form, string? Body, bool BodyHashMatches, string Key, TwilioSignatureAlgorithm Algorithm, Signed Signed)
    {
        public override string ToString() =>
            $"{Signed} {Algorithm} key={Key} url={Url} form=[{string.Join("&", Form.Select(p => p.Key + "=" + p.Value))}] body={Body} hashMatches={BodyHashMatches}";
    }

    private const string Unreserved = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~";

    // What PathString.ToUriComponent and a raw query string hold: unreserved characters, sub-delimiters and
    // uppercase escapes of what must be escaped (spaces, delimiters, percent, UTF-8 of non-ASCII text).
    private static readonly Gen<string> PathSegment = Gen.OneOf(
        Gen.String[Gen.Char[Unreserved + "!$&'()*+,;=:@"], 1, 8],
        Gen.OneOf("%20", "%2F", "%3F", "%23", "%25", "%C3%A9", "%E2%82%AC", "%F0%9F%98%80")).Array[1, 3].Select(string.Concat);

    private static readonly Gen<string> QueryText = Gen.OneOf(
        Gen.String[Gen.Char[Unreserved + "!$'()*,;:@/?"], 0, 6],
        Gen.OneOf("%20", "+", "%26", "%3D", "%2B", "%2F", "%3A", "%C3%A9", "%E2%82%AC")).Array[1, 3].Select(string.Concat);

    private static readonly Gen<string> Query = Gen.Select(QueryText, QueryText).Array[0, 3]
        .Select(pairs => pairs.Length == 0 ? "" : "?" + string.Join("&", pairs.Select(p => p.Item1 + "=" + p.Item2)));

    private static readonly Gen<string> Url =
        from scheme in Gen.OneOf("https", "http")
        from host in Gen.OneOf("mycompany.com", "MyCompany.com", "voice.example.org", "127.0.0.1", "[::1]")
        from port in Gen.OneOf("", ":443", ":80", ":8443", ":5001")
        from path in PathSegment.Array[0, 3]
        from query in Query
        select $"{scheme}://{host}{port}/{string.Join("/", path)}{query}";

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char[Unreserved + " +&=%"], 0, 10],
        Gen.OneOf("", "Grüß Gott", "😀", "+14158675310", "a\u00A0b", "line\nbreak"));

    private static readonly Gen<Case> AnyCase =
        from url in Url
        from names in Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"], 1, 6].Array[0, 4]
        from values in Text.Array[4]
        from json in Gen.Bool
        from body in Text
        from hashMatches in Gen.Frequency((9, true), (1, false))
        from key in Gen.String[Gen.Char["abcdef0123456789"], 1, 32]
        from algorithm in Gen.OneOf(TwilioSignatureAlgorithm.HmacSha1, TwilioSignatureAlgorithm.HmacSha256)
        from signed in Gen.Enum<Signed>()
        select new Case(
            url,
            json ? [] : names.Distinct(StringComparer.Ordinal).Select((n, i) => (n, values[i])).ToDictionary(p => p.n, p => p.Item2),
            json ? "{\"Text\":\"" + body + "\"}" : null,
            hashMatches,
            key,
            algorithm,
            signed);

    [Fact]
    public void MarkupDsl_accepts_exactly_what_twilio_csharps_RequestValidator_accepts()
    {
        // A fixed PCG stream and state: every run checks the same cases.
        var pcg = new PCG(stream: 17, seed: 20261207);
        int accepted = 0;
        for (int i = 0; i < CaseCount; i++)
        {
            Case c = AnyCase.Generate(pcg, null, out _);
            (string url, string signature) = Request(c);

            bool twilio = TwilioAccepts(c, url, signature)
                || (NamesDefaultPort(url) && TwilioAccepts(c, WithoutPort(url), signature));
            bool markupDsl = c.Body is null
                ? TwilioSignature.Matches(c.Key, url, c.Form.ToDictionary(p => p.Key, p => new StringValues(p.Value)), signature, c.Algorithm)
                : TwilioSignature.MatchesBody(c.Key, url, Encoding.UTF8.GetBytes(c.Body), signature, c.Algorithm);

            Assert.True(twilio == markupDsl, $"case {i}: RequestValidator {(twilio ? "accepts" : "refuses")}, MarkupDsl {(markupDsl ? "accepts" : "refuses")}: {c}");
            accepted += markupDsl ? 1 : 0;
        }

        // The cases exercise both answers, not one.
        Assert.InRange(accepted, CaseCount / 5, CaseCount * 4 / 5);
    }

    /// <summary>The URL the request arrives at (with <c>bodySHA256</c> for a JSON body) and the signature it carries.</summary>
    private static (string Url, string Signature) Request(Case c)
    {
        string url = c.Url;
        if (c.Body is not null)
        {
            string hashed = c.BodyHashMatches ? c.Body : c.Body + " ";
            url += (url.Contains('?') ? "&" : "?") + "bodySHA256=" + TwilioSignature.ComputeBodyHash(Encoding.UTF8.GetBytes(hashed));
        }

        Dictionary<string, StringValues> form = c.Form.ToDictionary(p => p.Key, p => new StringValues(p.Value));
        string Sign(string signedUrl, string key, TwilioSignatureAlgorithm algorithm, Dictionary<string, StringValues> parameters) =>
            TwilioSignature.Compute(key, signedUrl, parameters, algorithm);

        string signature = c.Signed switch
        {
            Signed.SameUrl => Sign(url, c.Key, c.Algorithm, form),
            Signed.OtherPortForm => Sign(NamesPort(url) ? WithoutPort(url) : WithDefaultPort(url), c.Key, c.Algorithm, form),
            Signed.OtherPath => Sign(url.Insert(AuthorityEnd(url) + 1, "x"), c.Key, c.Algorithm, form),
            Signed.OtherPort => Sign(WithoutPort(url).Insert(AuthorityEnd(WithoutPort(url)), ":8080"), c.Key, c.Algorithm, form),
            Signed.OtherKey => Sign(url, c.Key + "x", c.Algorithm, form),
            Signed.OtherAlgorithm => Sign(url, c.Key,
                c.Algorithm == TwilioSignatureAlgorithm.HmacSha1 ? TwilioSignatureAlgorithm.HmacSha256 : TwilioSignatureAlgorithm.HmacSha1, form),
            Signed.OtherForm => Sign(url, c.Key, c.Algorithm, new(form) { ["Extra"] = "1" }),
            _ => Convert.ToBase64String(Encoding.UTF8.GetBytes(c.Key)),
        };
        return (url, signature);
    }

    private static bool TwilioAccepts(Case c, string url, string signature)
    {
        var validator = new RequestValidator(c.Key);
        string algorithm = c.Algorithm == TwilioSignatureAlgorithm.HmacSha256 ? RequestValidator.HmacSha256 : RequestValidator.HmacSha1;
        return c.Body is null
            ? validator.Validate(url, c.Form, signature, algorithm)
            : validator.Validate(url, c.Body, signature, algorithm);
    }

    private static int AuthorityEnd(string url) => url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3);

    private static string Port(string url)
    {
        string authority = url[..AuthorityEnd(url)];
        int colon = authority.LastIndexOf(':');
        return colon > authority.LastIndexOf(']') && colon > authority.IndexOf("://", StringComparison.Ordinal) ? authority[colon..] : "";
    }

    private static bool NamesPort(string url) => Port(url).Length > 0;

    private static bool NamesDefaultPort(string url) =>
        Port(url) == (url.StartsWith("https:", StringComparison.Ordinal) ? ":443" : ":80");

    private static string WithoutPort(string url) => url.Remove(AuthorityEnd(url) - Port(url).Length, Port(url).Length);

    private static string WithDefaultPort(string url) =>
        url.Insert(AuthorityEnd(url), url.StartsWith("https:", StringComparison.Ordinal) ? ":443" : ":80");
}
