using System.Linq;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.ConversationRelay;

/// <summary>
/// Checks <see cref="ConversationRelayOptions"/> once every source has configured them, reporting every invalid
/// session setting at once by its path, e.g. <c>ConversationRelayOptions.Session.CloseTimeout</c>; registered by
/// <see cref="ConversationRelayServiceCollectionExtensions.AddConversationRelay"/> to run at start-up.
/// </summary>
internal sealed class ConversationRelayOptionsValidator : IValidateOptions<ConversationRelayOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationRelayOptions options)
    {
        if (options.Session is not { } session)
        {
            return ValidateOptionsResult.Fail($"{nameof(ConversationRelayOptions)}.{nameof(ConversationRelayOptions.Session)} must not be null.");
        }

        return session.Validate() is { Count: > 0 } problems
            ? ValidateOptionsResult.Fail(problems.Select(problem => $"{nameof(ConversationRelayOptions)}.{nameof(ConversationRelayOptions.Session)}.{problem}"))
            : ValidateOptionsResult.Success;
    }
}
