using System;
using System.Collections.Generic;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// The <c>setup</c> message, the first the provider sends after the WebSocket connects: the session, the call, and
/// the <c>&lt;Parameter&gt;</c>s of the <c>&lt;ConversationRelay&gt;</c> noun as <see cref="CustomParameters"/>.
/// Every field is optional on the wire: an absent one is <see langword="null"/>.
/// </summary>
public sealed class SetupMessage : ConversationRelayMessage
{
    private static readonly IReadOnlyDictionary<string, string> NoParameters = new Dictionary<string, string>(0, StringComparer.Ordinal);

    /// <summary>Creates the message; every argument may be <see langword="null"/> (absent).</summary>
    /// <param name="sessionId">The ConversationRelay session's id (Twilio <c>VX...</c>; Telnyx a UUID).</param>
    /// <param name="accountSid">The account's id (Twilio <c>AC...</c>).</param>
    /// <param name="parentCallSid">The parent call's id, for a child call; often empty.</param>
    /// <param name="callSid">The call's id (Twilio <c>CA...</c>; Telnyx the call control id).</param>
    /// <param name="from">The caller, in E.164 for a phone number.</param>
    /// <param name="to">The called party.</param>
    /// <param name="forwardedFrom">The number the call was forwarded from, when it was.</param>
    /// <param name="callType">Twilio's call type, e.g. <c>PSTN</c>, <c>SIP</c>, <c>CLIENT</c>.</param>
    /// <param name="callerName">The caller's name (CNAM), often empty.</param>
    /// <param name="direction">The call's direction, e.g. <c>inbound</c>.</param>
    /// <param name="callStatus">The call's status when the session started, e.g. <c>RINGING</c> (Twilio) or <c>active</c> (Telnyx).</param>
    /// <param name="customParameters">The custom parameters; <see langword="null"/> for none.</param>
    /// <param name="callControlId">Telnyx's call control id.</param>
    /// <param name="callSessionId">Telnyx's call session id.</param>
    /// <param name="callLegId">Telnyx's call leg id.</param>
    public SetupMessage(
        string? sessionId,
        string? accountSid,
        string? parentCallSid,
        string? callSid,
        string? from,
        string? to,
        string? forwardedFrom,
        string? callType,
        string? callerName,
        string? direction,
        string? callStatus,
        IReadOnlyDictionary<string, string>? customParameters,
        string? callControlId = null,
        string? callSessionId = null,
        string? callLegId = null)
    {
        SessionId = sessionId;
        AccountSid = accountSid;
        ParentCallSid = parentCallSid;
        CallSid = callSid;
        From = from;
        To = to;
        ForwardedFrom = forwardedFrom;
        CallType = callType;
        CallerName = callerName;
        Direction = direction;
        CallStatus = callStatus;
        CustomParameters = customParameters ?? NoParameters;
        CallControlId = callControlId;
        CallSessionId = callSessionId;
        CallLegId = callLegId;
    }

    /// <summary>The <c>sessionId</c>: Twilio <c>VX...</c>, Telnyx a UUID.</summary>
    public string? SessionId { get; }

    /// <summary>The <c>accountSid</c>.</summary>
    public string? AccountSid { get; }

    /// <summary>The <c>parentCallSid</c>, for a child call; often empty.</summary>
    public string? ParentCallSid { get; }

    /// <summary>The <c>callSid</c>: Twilio <c>CA...</c>; Telnyx sends its call control id here too.</summary>
    public string? CallSid { get; }

    /// <summary>The <c>from</c>: the caller.</summary>
    public string? From { get; }

    /// <summary>The <c>to</c>: the called party.</summary>
    public string? To { get; }

    /// <summary>The <c>forwardedFrom</c>: the number the call was forwarded from.</summary>
    public string? ForwardedFrom { get; }

    /// <summary>The <c>callType</c> (Twilio): <c>PSTN</c>, <c>SIP</c>, <c>CLIENT</c>...</summary>
    public string? CallType { get; }

    /// <summary>The <c>callerName</c>: CNAM, often empty.</summary>
    public string? CallerName { get; }

    /// <summary>The <c>direction</c>, e.g. <c>inbound</c>.</summary>
    public string? Direction { get; }

    /// <summary>The <c>callStatus</c> when the session started.</summary>
    public string? CallStatus { get; }

    /// <summary>
    /// The <c>customParameters</c>: each <c>&lt;Parameter name value&gt;</c> of the noun (numbers and booleans as
    /// their JSON text); empty when there are none.
    /// </summary>
    public IReadOnlyDictionary<string, string> CustomParameters { get; }

    /// <summary>Telnyx's <c>callControlId</c>, for Call Control commands on the call; <see langword="null"/> on Twilio.</summary>
    public string? CallControlId { get; }

    /// <summary>Telnyx's <c>callSessionId</c>; <see langword="null"/> on Twilio.</summary>
    public string? CallSessionId { get; }

    /// <summary>Telnyx's <c>callLegId</c>; <see langword="null"/> on Twilio.</summary>
    public string? CallLegId { get; }

    /// <summary>The provider, told by the fields only Telnyx sends (<c>callControlId</c>, <c>callSessionId</c>, <c>callLegId</c>).</summary>
    public ConversationRelayProvider Provider =>
        CallControlId is not null || CallSessionId is not null || CallLegId is not null ? ConversationRelayProvider.Telnyx : ConversationRelayProvider.Twilio;
}
