using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.TwiML;

namespace VoiceAgent;

/// <summary>The voice webhooks Twilio POSTs to, answered with TwiML from the builders; both must carry Twilio's signature.</summary>
public static class VoiceWebhooks
{
    /// <summary>
    /// <c>POST /voice</c>, when a call comes in: connects it to ConversationRelay on this host's <c>/relay</c>, which
    /// greets the caller, with the caller's number as the <c>caller</c> parameter; when the session ends, Twilio
    /// POSTs <c>/handoff</c> (<c>&lt;Connect action&gt;</c>) for what comes next.
    /// </summary>
    /// <param name="request">The webhook request; its host names the app (behind a proxy, enable forwarded headers first).</param>
    /// <param name="greeting">What the caller hears first.</param>
    /// <returns>The TwiML document.</returns>
    public static IResult Voice(HttpRequest request, string greeting) => MarkupResults.Markup(
        new VoiceResponse().Connect(
            connect => connect.ConversationRelay(
                $"wss://{request.Host}/relay",
                relay => relay.Parameter("caller", request.Form["From"].ToString()),
                welcomeGreeting: greeting),
            action: $"https://{request.Host}/handoff"));

    /// <summary>
    /// <c>POST /handoff</c>, when the session has ended: says goodbye. A real app would <c>&lt;Dial&gt;</c> an operator
    /// when <c>HandoffData</c> asks for one.
    /// </summary>
    /// <param name="request">The action request, with <c>HandoffData</c> when the agent handed the call off.</param>
    /// <returns>The TwiML document.</returns>
    public static IResult Handoff(HttpRequest request) => MarkupResults.Markup(new VoiceResponse().Say(
        request.Form["HandoffData"].ToString() == VoiceAgentConversation.OperatorHandoff
            ? "An operator would take your call now. Goodbye."
            : "Thank you for calling. Goodbye."));
}
