using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using Org.BouncyCastle.Math.EC.Rfc8032;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// Telnyx's webhook signature: an Ed25519 signature (RFC 8032), Base64 in the <c>telnyx-signature-ed25519</c>
/// header, over the UTF-8 bytes of the <c>telnyx-timestamp</c> header (Unix seconds), a <c>|</c>, and the raw request
/// body; verified with the account's public key (Mission Control portal, Keys &amp; Credentials, Public Key)
/// (Telnyx developer docs, "Webhook signing").
/// </summary>
/// <remarks>
/// Ed25519 is not in the .NET base library; the verification is BouncyCastle's (managed code, no native library).
/// A verification takes the same path whatever the signature, so nothing secret leaks through its timing.
/// </remarks>
public static class TelnyxSignature
{
    /// <summary>The request header that carries the Base64 signature.</summary>
    public const string SignatureHeaderName = "telnyx-signature-ed25519";

    /// <summary>The request header that carries the signing time, in seconds since the Unix epoch.</summary>
    public const string TimestampHeaderName = "telnyx-timestamp";

    /// <summary>The length of an Ed25519 public key in bytes.</summary>
    public const int PublicKeyLength = 32;

    private const int SignatureLength = 64;

    /// <summary>Tells whether a signature is Telnyx's over a timestamp and body.</summary>
    /// <param name="publicKey">The 32-byte Ed25519 public key.</param>
    /// <param name="timestamp">The <c>telnyx-timestamp</c> header value, as sent.</param>
    /// <param name="body">The raw request body.</param>
    /// <param name="signature">The <c>telnyx-signature-ed25519</c> header value; null, empty, not Base64 or not 64 bytes never matches.</param>
    /// <returns>True when the signature verifies.</returns>
    /// <exception cref="ArgumentException"><paramref name="publicKey"/> is not 32 bytes, or <paramref name="timestamp"/> is null or empty.</exception>
    public static bool Matches(ReadOnlySpan<byte> publicKey, string timestamp, ReadOnlySpan<byte> body, string? signature)
    {
        if (publicKey.Length != PublicKeyLength)
        {
            throw new ArgumentException($"An Ed25519 public key is {PublicKeyLength} bytes, not {publicKey.Length}.", nameof(publicKey));
        }

        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        Span<byte> decoded = stackalloc byte[SignatureLength + 3];
        if (signature is null || !Convert.TryFromBase64String(signature, decoded, out int length) || length != SignatureLength)
        {
            return false;
        }

        int prefixLength = Encoding.UTF8.GetByteCount(timestamp) + 1;
        byte[] message = ArrayPool<byte>.Shared.Rent(prefixLength + body.Length);
        try
        {
            Encoding.UTF8.GetBytes(timestamp, message);
            message[prefixLength - 1] = (byte)'|';
            body.CopyTo(message.AsSpan(prefixLength));
            return Ed25519.Verify(decoded[..SignatureLength].ToArray(), 0, publicKey.ToArray(), 0, message, 0, prefixLength + body.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    /// <summary>Tells whether a <c>telnyx-timestamp</c> is within a tolerance of now, either way, so that an old request cannot be replayed.</summary>
    /// <param name="timestamp">The header value: seconds since the Unix epoch.</param>
    /// <param name="now">The current time.</param>
    /// <param name="tolerance">How far the timestamp may be from <paramref name="now"/>.</param>
    /// <returns>False for a timestamp that is not an integer, or too old, or too far ahead.</returns>
    public static bool IsFresh(string? timestamp, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        return (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= tolerance;
    }
}
