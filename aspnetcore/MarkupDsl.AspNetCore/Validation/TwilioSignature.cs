using System;
using System.Buffers;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Twilio's request signature, sent in the <c>X-Twilio-Signature</c> header: the Base64 of the HMAC-SHA1, keyed by
/// the account's auth token (UTF-8), of the full URL Twilio requested followed, for a form POST, by each parameter's
/// name and value, names sorted in ordinal order (https://www.twilio.com/docs/usage/security#validating-requests).
/// For a Media Streams WebSocket upgrade the data is the <c>wss://</c> URL alone.
/// </summary>
/// <remarks>
/// A name sent more than once contributes name and value once per value, the values sorted in ordinal order, as
/// Twilio's helper libraries do. Webhooks sent as JSON (signed through a <c>bodySHA256</c> query parameter) are not
/// covered.
/// </remarks>
public static class TwilioSignature
{
    /// <summary>The request header that carries the signature.</summary>
    public const string HeaderName = "X-Twilio-Signature";

    private const int HashSizeInBytes = 20;
    private const int SignatureLength = 28;

    /// <summary>Computes the signature Twilio sends for a request.</summary>
    /// <param name="authToken">The account's auth token, the HMAC key.</param>
    /// <param name="url">The full URL, scheme to query string, exactly as Twilio requested it.</param>
    /// <param name="parameters">The POST form parameters; empty for a GET or a WebSocket upgrade.</param>
    /// <returns>The Base64 signature, 28 characters.</returns>
    /// <exception cref="ArgumentException"><paramref name="authToken"/> or <paramref name="url"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        Span<byte> hash = stackalloc byte[HashSizeInBytes];
        ComputeHash(authToken, url, parameters, hash);
        return Convert.ToBase64String(hash);
    }

    /// <summary>Tells whether a signature is the one Twilio would send for a request, comparing in constant time.</summary>
    /// <param name="authToken">The account's auth token, the HMAC key.</param>
    /// <param name="url">The full URL, scheme to query string, as Twilio requested it.</param>
    /// <param name="parameters">The POST form parameters; empty for a GET or a WebSocket upgrade.</param>
    /// <param name="signature">The <c>X-Twilio-Signature</c> header value; null, empty or not the exact Base64 never matches.</param>
    /// <returns>True when the signature matches.</returns>
    /// <exception cref="ArgumentException"><paramref name="authToken"/> or <paramref name="url"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static bool Matches(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters, string? signature)
    {
        Span<byte> hash = stackalloc byte[HashSizeInBytes];
        ComputeHash(authToken, url, parameters, hash);
        // Compared as Base64 text, not decoded bytes, so that a non-canonical encoding of the right hash (other
        // padding bits in the last character) is refused too.
        Span<char> expected = stackalloc char[SignatureLength];
        Convert.TryToBase64Chars(hash, expected, out _);
        return signature is not null
            && CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes<char>(expected), MemoryMarshal.AsBytes(signature.AsSpan()));
    }

    private static void ComputeHash(string authToken, string url, IEnumerable<KeyValuePair<string, StringValues>> parameters, Span<byte> hash)
    {
        ArgumentException.ThrowIfNullOrEmpty(authToken);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentNullException.ThrowIfNull(parameters);

        var sorted = new List<KeyValuePair<string, StringValues>>(parameters);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, Encoding.UTF8.GetBytes(authToken));
        AppendUtf8(hmac, url);
        foreach (var (name, values) in sorted)
        {
            var ordered = values.ToArray();
            Array.Sort(ordered, StringComparer.Ordinal);
            foreach (var value in ordered)
            {
                AppendUtf8(hmac, name);
                AppendUtf8(hmac, value);
            }
        }
        hmac.GetHashAndReset(hash);
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
