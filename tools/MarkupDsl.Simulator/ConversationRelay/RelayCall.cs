using System.Security.Cryptography;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>
/// A ConversationRelay session's identifiers as the provider writes them in <c>setup</c>: Twilio's <c>VX</c> session
/// and <c>CA</c> call SIDs; Telnyx's UUIDs and a <c>v3:</c> call control id, which it sends as <c>callSid</c> too.
/// </summary>
internal sealed record RelayCall(CallIdentity Call, string SessionId, string CallSessionId, string CallLegId)
{
    public static RelayCall New(MediaStreamProvider provider)
    {
        var call = CallIdentity.New(provider);
        return provider == MediaStreamProvider.Telnyx
            ? new RelayCall(call, Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString())
            : new RelayCall(call, "VX" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), "", "");
    }
}
