namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>What a simulated ConversationRelay session saw.</summary>
/// <param name="SessionId">The <c>sessionId</c> sent in <c>setup</c>.</param>
/// <param name="Replies">The app's replies in order.</param>
/// <param name="Failures">What a provider would reject or the script did not get, each with its reason; empty when all went well.</param>
/// <param name="Ended">Whether the app ended the session with <c>end</c>.</param>
/// <param name="HandoffData">The <c>end</c> message's <c>handoffData</c>, or <see langword="null"/>.</param>
/// <param name="ActionAnswer">What the <c>&lt;Connect action&gt;</c> answered after the session, or <see langword="null"/> without one.</param>
/// <param name="Elapsed">From the webhook (or the WebSocket, given directly) to the socket closed.</param>
public sealed record RelayReport(
    string SessionId,
    IReadOnlyList<RelayReply> Replies,
    IReadOnlyList<string> Failures,
    bool Ended,
    string? HandoffData,
    string? ActionAnswer,
    TimeSpan Elapsed);
