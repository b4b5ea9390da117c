using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// The instruments of the <c>MarkupDsl.ConversationRelay</c> <see cref="Meter"/>, which every
/// <see cref="ConversationRelaySession"/> reports to (collect them with <c>AddMeter("MarkupDsl.ConversationRelay")</c>
/// in OpenTelemetry, or <c>dotnet-counters monitor --counters MarkupDsl.ConversationRelay</c>):
/// <list type="table">
/// <item><term><c>markupdsl.conversation_relay.active_sessions</c></term><description>UpDownCounter, <c>{session}</c>: sessions whose socket is being read.</description></item>
/// <item><term><c>markupdsl.conversation_relay.messages</c></term><description>Counter, <c>{message}</c>: messages, tagged <c>direction</c> = <c>inbound</c> (from the provider) or <c>outbound</c> (to it).</description></item>
/// <item><term><c>markupdsl.conversation_relay.bytes</c></term><description>Counter, <c>By</c>: WebSocket message bytes (UTF-8 JSON), tagged <c>direction</c>.</description></item>
/// <item><term><c>markupdsl.conversation_relay.replies</c></term><description>Counter, <c>{reply}</c>: replies streamed, tagged <c>outcome</c> = <c>completed</c>, <c>interrupted</c> or <c>session_ended</c>.</description></item>
/// <item><term><c>markupdsl.conversation_relay.first_token</c></term><description>Histogram, <c>ms</c>: from a reply's start to its first token on the wire.</description></item>
/// <item><term><c>markupdsl.conversation_relay.interrupt_stop</c></term><description>Histogram, <c>ms</c>: from an <c>interrupt</c> read to the interrupted reply's token stream stopped.</description></item>
/// </list>
/// </summary>
public sealed class ConversationRelayMetrics
{
    /// <summary>The name of the meter: <c>MarkupDsl.ConversationRelay</c>.</summary>
    public const string MeterName = "MarkupDsl.ConversationRelay";

    /// <summary>The tag that tells inbound from outbound on the message and byte counters.</summary>
    public const string DirectionTag = "direction";

    /// <summary>The tag that tells a reply's <see cref="ReplyOutcome"/> on the reply counter.</summary>
    public const string OutcomeTag = "outcome";

    private static readonly Meter SharedMeter = new(MeterName, typeof(ConversationRelayMetrics).Assembly.GetName().Version?.ToString());
    private static readonly ConditionalWeakTable<Meter, ConversationRelayMetrics> ByMeter = [];
    private static readonly KeyValuePair<string, object?> Inbound = new(DirectionTag, "inbound");
    private static readonly KeyValuePair<string, object?> Outbound = new(DirectionTag, "outbound");
    private static readonly KeyValuePair<string, object?>[] Outcomes =
    [
        new(OutcomeTag, "completed"),
        new(OutcomeTag, "interrupted"),
        new(OutcomeTag, "session_ended"),
    ];

    private readonly UpDownCounter<long> _activeSessions;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _bytes;
    private readonly Counter<long> _replies;
    private readonly Histogram<double> _firstToken;
    private readonly Histogram<double> _interruptStop;

    private ConversationRelayMetrics(Meter meter)
    {
        _activeSessions = meter.CreateUpDownCounter<long>("markupdsl.conversation_relay.active_sessions", "{session}", "ConversationRelay sessions whose socket is being read.");
        _messages = meter.CreateCounter<long>("markupdsl.conversation_relay.messages", "{message}", "Messages received (inbound) and sent (outbound).");
        _bytes = meter.CreateCounter<long>("markupdsl.conversation_relay.bytes", "By", "WebSocket message bytes received (inbound) and sent (outbound).");
        _replies = meter.CreateCounter<long>("markupdsl.conversation_relay.replies", "{reply}", "Replies streamed, by outcome.");
        _firstToken = meter.CreateHistogram<double>("markupdsl.conversation_relay.first_token", "ms", "Time from a reply's start to its first token on the wire.");
        _interruptStop = meter.CreateHistogram<double>("markupdsl.conversation_relay.interrupt_stop", "ms", "Time from an interrupt read to the interrupted reply's token stream stopped.");
    }

    /// <summary>The instruments on the meter <paramref name="factory"/> makes (one set per meter), or on a shared static meter.</summary>
    internal static ConversationRelayMetrics For(IMeterFactory? factory)
    {
        Meter meter = factory?.Create(new MeterOptions(MeterName)) ?? SharedMeter;
        return ByMeter.GetValue(meter, static m => new ConversationRelayMetrics(m));
    }

    internal void SessionStarted() => _activeSessions.Add(1);

    internal void SessionEnded() => _activeSessions.Add(-1);

    internal void Received(int bytes)
    {
        _messages.Add(1, Inbound);
        _bytes.Add(bytes, Inbound);
    }

    internal void Sent(int bytes)
    {
        _messages.Add(1, Outbound);
        _bytes.Add(bytes, Outbound);
    }

    internal void ReplyEnded(ReplyOutcome outcome) => _replies.Add(1, Outcomes[(int)outcome]);

    internal void FirstToken(double milliseconds) => _firstToken.Record(milliseconds);

    internal void InterruptStopped(double milliseconds) => _interruptStop.Record(milliseconds);
}
