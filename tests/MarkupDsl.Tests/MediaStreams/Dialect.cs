using System;
using Xunit;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>What a test provider sends in each provider's dialect, for the scenarios every provider must pass.</summary>
internal sealed record Dialect(string Start, Func<int, string, string> Media, Func<string, string> Mark, string Stop)
{
    /// <summary>The providers, by name, as theory data.</summary>
    public static TheoryData<string> Providers => ["Twilio", "Telnyx", "SignalWire"];

    public static Dialect Of(string provider) => provider switch
    {
        "Twilio" => new(TwilioMessages.Start, TwilioMessages.MediaFrame, name => TwilioMessages.Mark.Replace("label", name), TwilioMessages.Stop),
        "Telnyx" => new(TelnyxMessages.Start(), TelnyxMessages.Media, TelnyxMessages.Mark, TelnyxMessages.Stop),
        "SignalWire" => new(SignalWireMessages.Start(), SignalWireMessages.Media, SignalWireMessages.Mark, SignalWireMessages.Stop),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Twilio, Telnyx or SignalWire"),
    };
}
