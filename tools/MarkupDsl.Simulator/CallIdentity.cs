using System.Security.Cryptography;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator;

/// <summary>A call's identifiers in the provider's format: Twilio <c>AC</c>/<c>CA</c>/<c>MZ</c> + 32 hex digits, SignalWire UUIDs, Telnyx <c>v3:</c> call control ids and UUID stream ids.</summary>
internal sealed record CallIdentity(string AccountSid, string CallSid, string StreamSid)
{
    public static CallIdentity New(MediaStreamProvider provider) => provider switch
    {
        MediaStreamProvider.Twilio => new(Sid("AC"), Sid("CA"), Sid("MZ")),
        MediaStreamProvider.Telnyx => new(Uuid(), "v3:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_'), Uuid()),
        _ => new(Uuid(), Uuid(), Uuid()),
    };

    private static string Sid(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Uuid() => Guid.NewGuid().ToString();
}
