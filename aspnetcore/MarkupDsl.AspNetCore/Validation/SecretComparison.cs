using System.Security.Cryptography;
using System.Text;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Compares a secret a request carries with the configured one in constant time.</summary>
internal static class SecretComparison
{
    /// <summary>
    /// Whether two secrets are equal. Both are hashed with SHA-256 first so that the time taken does not depend on
    /// where they differ, nor tell the expected secret's length.
    /// </summary>
    public static bool AreEqual(string expected, string? actual)
    {
        if (actual is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(actual)));
    }
}
