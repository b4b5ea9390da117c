using MarkupDsl.ConversationRelay;
using Microsoft.Extensions.AI;

namespace VoiceAgent;

/// <summary>
/// One call's agent: the library's <see cref="ConversationRelayChatAgent"/> (final prompts answered by the
/// <see cref="IChatClient"/>, stopped when the caller interrupts, the history kept to what was spoken), with what this
/// app adds: the caller logged at setup, key 0 hands the call to an operator (<c>end</c> with
/// <c>{"reason":"operator"}</c>, which reaches <c>POST /handoff</c> as <c>HandoffData</c>), any other key is answered
/// like a prompt.
/// </summary>
public sealed class VoiceAgentConversation : ConversationRelayChatAgent
{
    /// <summary>The <c>handoffData</c> of the <c>end</c> sent on key 0.</summary>
    public const string OperatorHandoff = """{"reason":"operator"}""";

    private readonly ILogger _logger;

    /// <summary>Creates the agent of one call.</summary>
    /// <param name="chatClient">The model that answers.</param>
    /// <param name="logger">Where the call's caller is logged.</param>
    public VoiceAgentConversation(IChatClient chatClient, ILogger<VoiceAgentConversation> logger)
        : base(chatClient)
    {
        _logger = logger;
    }

    /// <inheritdoc/>
    protected override ValueTask OnSetupAsync(ConversationRelaySession session, SetupMessage setup, CancellationToken cancellationToken)
    {
        _logger.LogInformation("Session {SessionId}: caller {Caller}", setup.SessionId, setup.CustomParameters.GetValueOrDefault("caller", "(not given)"));
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    protected override async ValueTask OnDtmfAsync(ConversationRelaySession session, DtmfMessage dtmf, CancellationToken cancellationToken)
    {
        if (dtmf.Digit == "0")
        {
            await session.EndAsync(OperatorHandoff, cancellationToken);
        }
        else
        {
            await ReplyAsync(session, $"The caller pressed {dtmf.Digit}.", cancellationToken);
        }
    }
}
