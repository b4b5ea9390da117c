using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Twilio's request signature, sent in the <c>X-Twilio-Signature</c> header: the Base64 of an HMAC of the full URL
/// Twilio requested followed, for a form POST, by each parameter's name and value, names sorted in ordinal order
/// (https://www.twilio.com/docs/usage/security#validating-requests). The HMAC is HMAC-SHA1 keyed by the account's auth
/// token (UTF-8), or, for a URL a Webhook Rule signs with a SharedKey, the algorithm and key that the
/// <c>X-Twilio-Webhooks-Signature-Settings</c> header names. For a Media Streams WebSocket upgrade the data is the
/// <c>wss://</c> URL alone.
/// </summary>
/// <remarks>
/// <para>
/// What <see cref="Matches(string, string, IEnumerable{KeyValuePair{string, StringValues}}, string?, TwilioSignatureAlgorithm)"/>
/// accepts, as twilio-csharp 8.2.0's and twilio-node's validators do: the signature over the URL as given, or
/// over the same URL with its port removed (<c>https://host:443/voice</c> -> <c>https://host/voice</c>, any port)
/// or, when it has none, with its scheme's default port added (443 for https and wss, 80 for http and ws), because
/// Twilio signs the URL as configured while the request may arrive with the other form. Only the port changes: the
/// path and query string are compared as given. (twilio-csharp 8.2.0 does not remove an explicit default port, and
/// both libraries add port 80 to a <c>wss://</c> URL; MarkupDsl follows twilio-node on the first and the schemes'
/// real defaults on the second.)
/// </para>
/// <para>
/// A name sent more than once contributes name and value once per value, the values sorted in ordinal order.
/// A webhook sent as JSON is signed over its URL alone, which then carries the body's SHA-256 as the
/// <c>bodySHA256</c> query parameter: see <see cref="MatchesBody"/>.
/// </para>
/// </remarks>
public static class TwilioSignature
{
    /// <summary>The request header that carries the signature.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    /// <summary>
    /// The request header that announces a SharedKey signature, <c>key={sharedKeyId},algorithm={algorithm}</c>;
    /// absent, the request is signed with the auth token and HMAC-SHA1.
    /// </summary>
    public const string SettingsHeaderName = "X-Twilio-Webhooks-Signature-Settings";

    /// <summary>The query parameter that carries the lowercase hex SHA-256 of a JSON webhook's raw body.</summary>
    public const string BodyHashParameterName = "bodySHA256";

    private const int MaxHashSizeInBytes = 32;
    private const int MaxSignatureLength = 44;

    /// <summary>Computes the HMAC-SHA1 signature Twilio sends for a request signed with the auth token.</summary>
    /// <param name="authToken">The account's auth token, the HMAC key.</param>
    /// <param name="url">The full URL, scheme to query string, exactly as Twilio requested it.</param>
    /// <param name="parameters">The POST form parameters; empty for a GET, a JSON webhook or a WebSocket upgrade.</param>
    /// <returns>The Base64 signature, 28 characters.</returns>
    /// <exception cref="ArgumentException"><paramref name="authToken"/> or <paramref name="url"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters) =>
        Compute(authToken, url, parameters, TwilioSignatureAlgorithm.HmacSha1);

    /// <summary>Computes the signature Twilio sends for a request, with the given HMAC.</summary>
    /// <param name="authToken">The HMAC key: the account's auth token, or the secret of the SharedKey that signs the URL.</param>
    /// <param name="url">The full URL, scheme to query string, exactly as Twilio requested it.</param>
    /// <param name="parameters">The POST form parameters; empty for a GET, a JSON webhook or a WebSocket upgrade.</param>
    /// <param name="algorithm">The HMAC: SHA-1 gives 28 Base64 characters, SHA-256 44.</param>
    /// <returns>The Base64 signature.</returns>
    /// <exception cref="ArgumentException"><paramref name="authToken"/> or <paramref name="url"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="algorithm"/> is not a defined value.</exception>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters, TwilioSignatureAlgorithm algorithm)
    {
        var sorted = Prepare(authToken, url, parameters, algorithm);
        Span<byte> hash = stackalloc byte[MaxHashSizeInBytes];
        return Convert.ToBase64String(hash[..Hash(authToken, url, sorted, algorithm, hash)]);
    }

    /// <summary>
    /// Tells whether a signature is the HMAC-SHA1 one Twilio would send, with the auth token, for a request to the URL
    /// with or without its port (see the remarks of <see cref="TwilioSignature"/>), comparing in constant time.
    /// </summary>
    /// <param name="authToken">The account's auth token, the HMAC key.</param>
    /// <param name="url">The full URL, scheme to query string, as the request reached the app.</param>
    /// <param name="parameters">The POST form parameters; empty for a GET or a WebSocket upgrade.</param>
    /// <param name="signature">The <c>X-Twilio-Signature</c> header value; null, empty or not the exact Base64 never matches.</param>
    /// <returns>True when the signature matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="authToken"/> or <paramref name="url"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static bool Matches(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters, string? signature) =>
        Matches(authToken, url, parameters, signature, TwilioSignatureAlgorithm.HmacSha1);

    /// <summary>
    /// Tells whether a signature is the one Twilio would send, with the given key and HMAC, for a request to the URL
    /// with or without its port (see the remarks of <see cref="TwilioSignature"/>), comparing in constant time.
    /// </summary>
    /// <param name="authToken">The HMAC key: the account's auth token, or the secret of the SharedKey the settings header names.</param>
    /// <param name="url">The full URL, scheme to query string, as the request reached the app.</param>
    /// <param name="parameters">The POST form parameters; empty for a GET or a WebSocket upgrade.</param>
    /// <param name="signature">The <c>X-Twilio-Signature</c> header value; null, empty or not the exact Base64 never matches.</param>
    /// <param name="algorithm">The HMAC the settings header names; HMAC-SHA1 when there is none.</param>
    /// <returns>True when the signature matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="authToken"/> or <paramref name="url"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="algorithm"/> is not a defined value.</exception>
    public static bool Matches(
        string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters, string? signature, TwilioSignatureAlgorithm algorithm) =>
        MatchesWithOrWithoutPort(authToken, url, Prepare(authToken, url, parameters, algorithm), signature, algorithm);

    /// <summary>
    /// Tells whether a JSON webhook is Twilio's: the signature matches the URL alone, with or without its port (as
    /// <see cref="Matches(string, string, IEnumerable{KeyValuePair{string, StringValues}}, string?, TwilioSignatureAlgorithm)"/>),
    /// and the URL's <c>bodySHA256</c> query parameter is the lowercase hex SHA-256 of the raw body.
    /// </summary>
    /// <param name="authToken">The HMAC key: the account's auth token, or the secret of the SharedKey the settings header names.</param>
    /// <param name="url">The full URL, scheme to query string (with <c>bodySHA256</c>), as the request reached the app.</param>
    /// <param name="body">The request body's bytes as received.</param>
    /// <param name="signature">The <c>X-Twilio-Signature</c> header value; null or empty never matches.</param>
    /// <param name="algorithm">The HMAC the settings header names; HMAC-SHA1 when there is none.</param>
    /// <returns>True when both the signature and the body hash match; false when the URL has no <c>bodySHA256</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="authToken"/> or <paramref name="url"/> is null or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="algorithm"/> is not a defined value.</exception>
    public static bool MatchesBody(string authToken, string url, ReadOnlySpan<byte> body, string? signature, TwilioSignatureAlgorithm algorithm)
    {
        var none = Prepare(authToken, url, [], algorithm);
        string? announced = FindBodyHash(url);
        string actual = ComputeBodyHash(body);
        // The announced hash is public (it is in the URL): only the signature needs a constant-time comparison.
        bool bodyMatches = string.Equals(actual, announced, StringComparison.Ordinal);
        return MatchesWithOrWithoutPort(authToken, url, none, signature, algorithm) && bodyMatches;
    }

    /// <summary>The value Twilio puts in <c>bodySHA256</c> for a body: its SHA-256 in lowercase hex, 64 characters.</summary>
    /// <param name="body">The raw request body.</param>
    /// <returns>The lowercase hex digest.</returns>
    public static string ComputeBodyHash(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>
    /// The <c>bodySHA256</c> query parameter of a URL, percent-decoded; the last one when there are several, as
    /// twilio-csharp reads it. Null when the URL has none.
    /// </summary>
    internal static string? FindBodyHash(string url)
    {
        int query = url.IndexOf('?');
        if (query < 0)
        {
            return null;
        }

        int end = url.IndexOf('#', query);
        string? found = null;
        foreach (string pair in url[(query + 1)..(end < 0 ? url.Length : end)].Split('&'))
        {
            string[] parts = pair.Split('=');
            if (parts.Length > 1 && parts[0] == BodyHashParameterName)
            {
                found = Uri.UnescapeDataString(parts[1]);
            }
        }

        return found;
    }

    /// <summary>
    /// The URL with its port removed or, when it has none, with its scheme's default port added; null when the
    /// scheme has no default port or the URL has no authority.
    /// </summary>
    internal static string? PortVariant(string url)
    {
        int schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }

        int authorityStart = schemeEnd + 3;
        int authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        // host:port after any user info; an IPv6 literal ([::1]) has colons of its own inside the brackets.
        ReadOnlySpan<char> authority = url.AsSpan(authorityStart, authorityEnd - authorityStart);
        int hostStart = authority.LastIndexOf('@') + 1;
        int colon = authority.LastIndexOf(':');
        if (colon >= hostStart && colon > authority.LastIndexOf(']'))
        {
            return string.Concat(url.AsSpan(0, authorityStart + colon), url.AsSpan(authorityEnd));
        }

        string? port = url.AsSpan(0, schemeEnd) switch
        {
            var s when s.Equals("https", StringComparison.OrdinalIgnoreCase) || s.Equals("wss", StringComparison.OrdinalIgnoreCase) => ":443",
            var s when s.Equals("http", StringComparison.OrdinalIgnoreCase) || s.Equals("ws", StringComparison.OrdinalIgnoreCase) => ":80",
            _ => null,
        };
        return port is null ? null : string.Concat(url.AsSpan(0, authorityEnd), port, url.AsSpan(authorityEnd));
    }

    private static KeyValuePair<string, string?[]>[] Prepare(
        string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters, TwilioSignatureAlgorithm algorithm)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentNullException.ThrowIfNull(parameters);
        if (algorithm is not (TwilioSignatureAlgorithm.HmacSha1 or TwilioSignatureAlgorithm.HmacSha256))
        {
            throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Not a TwilioSignatureAlgorithm.");
        }

        var sorted = new List<KeyValuePair<string, string?[]>>();
        foreach (var (name, values) in parameters)
        {
            string?[] ordered = values.ToArray();
            Array.Sort(ordered, StringComparer.Ordinal);
            sorted.Add(new(name, ordered));
        }

        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return [.. sorted];
    }

    private static bool MatchesWithOrWithoutPort(
        string key, string url, KeyValuePair<string, string?[]>[] sorted, string? signature, TwilioSignatureAlgorithm algorithm)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        if (MatchesExactly(key, url, sorted, signature, algorithm))
        {
            return true;
        }

        string? variant = PortVariant(url);
        return variant is not null && MatchesExactly(key, variant, sorted, signature, algorithm);
    }

    private static bool MatchesExactly(string key, string url, KeyValuePair<string, string?[]>[] sorted, string signature, TwilioSignatureAlgorithm algorithm)
    {
        Span<byte> hash = stackalloc byte[MaxHashSizeInBytes];
        int hashLength = Hash(key, url, sorted, algorithm, hash);
        // Compared as Base64 text, not decoded bytes, so that a non-canonical encoding of the right hash (other
        // padding bits in the last character) is refused too.
        Span<char> expected = stackalloc char[MaxSignatureLength];
        Convert.TryToBase64Chars(hash[..hashLength], expected, out int length);
        return CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(expected[..length]), MemoryMarshal.AsBytes(signature.AsSpan()));
    }

    private static int Hash(string key, string url, KeyValuePair<string, string?[]>[] sorted, TwilioSignatureAlgorithm algorithm, Span<byte> hash)
    {
        var name = algorithm == TwilioSignatureAlgorithm.HmacSha256 ? HashAlgorithmName.SHA256 : HashAlgorithmName.SHA1;
        using var hmac = IncrementalHash.CreateHMAC(name, Encoding.UTF8.GetBytes(key));
        AppendUtf8(hmac, url);
        foreach (var (parameter, values) in sorted)
        {
            foreach (string? value in values)
            {
                AppendUtf8(hmac, parameter);
                AppendUtf8(hmac, value);
            }
        }

        return hmac.GetHashAndReset(hash);
    }

    private static void AppendUtf8(IncrementalHash hmac, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        byte[] rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        int length = Encoding.UTF8.GetBytes(text, rented);
        hmac.AppendData(rented, 0, length);
        ArrayPool<byte>.Shared.Return(rented);
    }
}
