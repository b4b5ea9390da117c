using System;
using System.Collections.Generic;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// Settings of a <see cref="ConversationRelaySession"/>: plain properties, checked together by <see cref="Validate"/>,
/// which the session's constructor calls, so that options can be composed from several sources (configuration
/// binding, <c>services.Configure</c>) before anything is checked.
/// </summary>
public sealed class ConversationRelaySessionOptions
{
    /// <summary>
    /// The provider, when the application knows it (e.g. from the URL it gave out); the default,
    /// <see cref="ConversationRelayProvider.Unknown"/>, tells it from the <c>setup</c> message. In ASP.NET Core a
    /// stated provider also limits which provider's credentials an upgrade is checked against.
    /// </summary>
    public ConversationRelayProvider Provider { get; set; }

    /// <summary>
    /// The largest inbound message accepted, in bytes of UTF-8 JSON (default 64 KiB; a <c>prompt</c> is a few
    /// hundred); at least 1 KiB. A larger one is read to its end, discarded and reported as a <see cref="MalformedMessage"/>.
    /// </summary>
    public int MaxMessageSize { get; set; } = 64 * 1024;

    /// <summary>How long to wait for the peer's half of the close handshake before aborting the socket (default 5 s); positive.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The clock for the session's timings (time to first token, interrupt-to-stop, session duration) and its close
    /// timeout; <see cref="TimeProvider.System"/> by default, a fake one in tests.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks every setting at once.</summary>
    /// <returns>
    /// One message per invalid property, each starting with the property's name and saying what it must be; empty
    /// when all are valid.
    /// </returns>
    public IReadOnlyList<string> Validate()
    {
        List<string> problems = [];
        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"{nameof(Provider)} is {Provider}: it is not a ConversationRelayProvider.");
        }

        if (MaxMessageSize < 1024)
        {
            problems.Add($"{nameof(MaxMessageSize)} is {MaxMessageSize}: it must be at least 1024 bytes.");
        }

        if (CloseTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{nameof(CloseTimeout)} is {CloseTimeout}: it must be positive.");
        }

        if (TimeProvider is null)
        {
            problems.Add($"{nameof(TimeProvider)} is null: it must be a clock (TimeProvider.System by default).");
        }

        return problems;
    }

    /// <summary>A copy, so that a session keeps the settings it started with when the caller changes these later.</summary>
    internal ConversationRelaySessionOptions Clone() => (ConversationRelaySessionOptions)MemberwiseClone();
}
