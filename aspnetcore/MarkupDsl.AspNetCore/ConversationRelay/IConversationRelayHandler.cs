using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.ConversationRelay;
using Microsoft.AspNetCore.Http;

namespace MarkupDsl.AspNetCore.ConversationRelay;

/// <summary>
/// Serves one ConversationRelay session for <see cref="ConversationRelayEndpointRouteBuilderExtensions.MapConversationRelay{THandler}"/>:
/// resolved from the request's services (or created with its constructor's dependencies injected) for each session.
/// </summary>
public interface IConversationRelayHandler
{
    /// <summary>
    /// Reads the session's messages (<see cref="ConversationRelaySession.ReadMessagesAsync"/>, or a
    /// <see cref="ConversationRelayChatAgent"/>'s <c>RunAsync</c>) and answers them until the session ends. When it
    /// returns, the socket is closed with 1000 (normal closure); when it throws, the exception is logged and the
    /// socket closed with 1011 (internal error).
    /// </summary>
    /// <param name="session">The accepted session.</param>
    /// <param name="context">The upgrade request (route values, user, services).</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the application stops; pass it on to the reading.</param>
    /// <returns>A task that completes when the handler is done with the session.</returns>
    Task HandleAsync(ConversationRelaySession session, HttpContext context, CancellationToken cancellationToken);
}
