using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VoiceServer;

/// <summary>
/// The server's TLS certificate, made fresh at every start: Twilio streams only to <c>wss://</c>, and a sample must
/// not depend on a machine's certificate store. Clients trust it by pinning its SHA-256 hash.
/// </summary>
public static class SelfSignedCertificate
{
    /// <summary>Creates a one-day ECDSA P-256 server certificate for <c>localhost</c>, 127.0.0.1 and ::1.</summary>
    /// <returns>The certificate with its private key, loadable by Kestrel.</returns>
    public static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=MarkupDsl VoiceServer", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], false));

        DateTimeOffset now = DateTimeOffset.UtcNow;
        using X509Certificate2 created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        // A certificate made in memory holds an ephemeral key that some TLS stacks (Windows SChannel) cannot use;
        // a round trip through PKCS#12 gives it a regular one.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
