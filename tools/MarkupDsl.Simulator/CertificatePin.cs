using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MarkupDsl.Simulator;

/// <summary>
/// Trust in exactly one server certificate, by its SHA-256 hash: the voice server's certificate is self-signed and
/// made at start-up, so no chain can vouch for it, and nothing else may be trusted in its place.
/// </summary>
public sealed class CertificatePin
{
    private readonly byte[] _sha256;

    private CertificatePin(byte[] sha256) => _sha256 = sha256;

    /// <summary>Pins a certificate the program holds.</summary>
    /// <param name="certificate">The server's certificate.</param>
    /// <returns>The pin.</returns>
    public static CertificatePin Of(X509Certificate certificate) => new(certificate.GetCertHash(HashAlgorithmName.SHA256));

    /// <summary>Pins a certificate by its hash, as the voice server prints it.</summary>
    /// <param name="sha256Hex">64 hexadecimal digits.</param>
    /// <returns>The pin.</returns>
    /// <exception cref="ArgumentException">Not 64 hexadecimal digits.</exception>
    public static CertificatePin Parse(string sha256Hex)
    {
        try
        {
            byte[] hash = Convert.FromHexString(sha256Hex);
            return hash.Length == 32 ? new CertificatePin(hash) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new ArgumentException($"A certificate pin is 64 hexadecimal digits (SHA-256), not '{sha256Hex}'.", nameof(sha256Hex));
        }
    }

    /// <summary>
    /// A TLS validation callback: accepts the pinned certificate when it also names the host that was dialled,
    /// whatever the (necessarily untrusted) chain says.
    /// </summary>
    /// <param name="certificate">The certificate the server presented.</param>
    /// <param name="errors">What the platform's validation found.</param>
    /// <returns>Whether to go on with the connection.</returns>
    public bool Accepts(X509Certificate? certificate, SslPolicyErrors errors) =>
        certificate is not null
        && (errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) == 0
        && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), _sha256);

    /// <summary>The pinned hash as hexadecimal.</summary>
    /// <returns>64 hexadecimal digits.</returns>
    public override string ToString() => Convert.ToHexString(_sha256);
}
