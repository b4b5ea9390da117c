using System;
using System.Collections.Generic;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// The stream's metadata, sent once before any media:
/// <c>{"event":"start","sequenceNumber":"1","streamSid":"MZ...","start":{"accountSid":"AC...","streamSid":"MZ...",
/// "callSid":"CA...","tracks":["inbound"],"mediaFormat":{...},"customParameters":{...}}}</c>. Telnyx's snake_case
/// start maps onto the same properties: <c>stream_id</c> is the <see cref="MediaStreamEvent.StreamSid"/>,
/// <c>call_control_id</c> the <see cref="CallSid"/>, <c>user_id</c> the <see cref="AccountSid"/>,
/// <c>media_format</c> and <c>custom_parameters</c> the <see cref="MediaFormat"/> and <see cref="CustomParameters"/>.
/// </summary>
public sealed class StartEvent : MediaStreamEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="sequenceNumber">The message's <c>sequenceNumber</c>, or 0.</param>
    /// <param name="streamSid">The top-level <c>streamSid</c>, or <c>start.streamSid</c> when the former is absent.</param>
    /// <param name="accountSid">The <c>start.accountSid</c> (<c>AC...</c>), or <see langword="null"/>.</param>
    /// <param name="callSid">The <c>start.callSid</c> (<c>CA...</c>), or <see langword="null"/>.</param>
    /// <param name="tracks">The <c>start.tracks</c>, e.g. <see cref="MediaTrack.Inbound"/>.</param>
    /// <param name="mediaFormat">The <c>start.mediaFormat</c>, or <see langword="null"/> when absent.</param>
    /// <param name="customParameters">The <c>start.customParameters</c>: the <c>&lt;Parameter&gt;</c>s of the TwiML <c>&lt;Stream&gt;</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tracks"/> or <paramref name="customParameters"/> is null.</exception>
    public StartEvent(
        long sequenceNumber,
        string? streamSid,
        string? accountSid,
        string? callSid,
        IReadOnlyList<string> tracks,
        MediaFormat? mediaFormat,
        IReadOnlyDictionary<string, string> customParameters)
        : base(sequenceNumber, streamSid)
    {
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentNullException.ThrowIfNull(customParameters);
        AccountSid = accountSid;
        CallSid = callSid;
        Tracks = tracks;
        MediaFormat = mediaFormat;
        CustomParameters = customParameters;
    }

    /// <summary>The account the call belongs to (<c>AC...</c>).</summary>
    public string? AccountSid { get; }

    /// <summary>The call the stream belongs to (<c>CA...</c>).</summary>
    public string? CallSid { get; }

    /// <summary>The tracks the stream carries (<see cref="MediaTrack.Inbound"/>, <see cref="MediaTrack.Outbound"/>); empty when absent.</summary>
    public IReadOnlyList<string> Tracks { get; }

    /// <summary>The encoding of the media payloads.</summary>
    public MediaFormat? MediaFormat { get; }

    /// <summary>
    /// The <c>&lt;Parameter name value&gt;</c>s of the <c>&lt;Stream&gt;</c> (the <c>wss://</c> URL carries no query
    /// string); ordinal keys, empty when absent. A number or boolean value is kept as its JSON text.
    /// </summary>
    public IReadOnlyDictionary<string, string> CustomParameters { get; }
}
