using System;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// The <c>X-Twilio-Webhooks-Signature-Settings</c> header: <c>key={sharedKeyId},algorithm={algorithm}</c>, read as
/// twilio-csharp 8.2.0 reads it (comma-separated <c>name=value</c> pairs, names exact, values trimmed, the first
/// of each name counting; no <c>algorithm</c> means <c>HMAC_SHA1</c>; the algorithm's name in any case).
/// </summary>
/// <param name="SharedKeyId">The <c>key</c> value, the id of the SharedKey that signed the request; null when absent.</param>
/// <param name="Algorithm">The HMAC named by <c>algorithm</c>.</param>
internal readonly record struct TwilioSignatureSettings(string? SharedKeyId, TwilioSignatureAlgorithm Algorithm)
{
    /// <summary>Reads a header value.</summary>
    /// <param name="header">The header value.</param>
    /// <param name="settings">The settings read.</param>
    /// <param name="algorithmName">The <c>algorithm</c> value as sent (for the log line when it is not supported).</param>
    /// <returns>False when the header names an algorithm other than HMAC_SHA1 and HMAC_SHA256.</returns>
    public static bool TryParse(string header, out TwilioSignatureSettings settings, out string algorithmName)
    {
        string? key = null;
        string? named = null;
        foreach (string pair in header.Split(','))
        {
            string[] parts = pair.Split('=', 2);
            if (parts.Length != 2)
            {
                continue;
            }

            string name = parts[0].Trim();
            string value = parts[1].Trim();
            // The first of each counts.
            if (name == "algorithm" && value.Length > 0)
            {
                named ??= value;
            }
            else if (name == "key" && value.Length > 0)
            {
                key ??= value;
            }
        }

        algorithmName = named ?? "HMAC_SHA1";

        TwilioSignatureAlgorithm? algorithm =
            algorithmName.Equals("HMAC_SHA1", StringComparison.OrdinalIgnoreCase) ? TwilioSignatureAlgorithm.HmacSha1
            : algorithmName.Equals("HMAC_SHA256", StringComparison.OrdinalIgnoreCase) ? TwilioSignatureAlgorithm.HmacSha256
            : null;
        settings = new(key, algorithm.GetValueOrDefault());
        return algorithm is not null;
    }
}
