using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Http;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>
/// Serves one Media Stream for <see cref="MediaStreamEndpointRouteBuilderExtensions.MapMediaStream{THandler}"/>:
/// resolved from the request's services (or created with its constructor's dependencies injected) for each stream.
/// </summary>
public interface IMediaStreamHandler
{
    /// <summary>
    /// Reads the stream's events (<see cref="MediaStreamSession.ReadEventsAsync"/>) and answers them until the stream
    /// stops. When it returns, the socket is closed with 1000 (normal closure); when it throws, the exception is
    /// logged and the socket closed with 1011 (internal error).
    /// </summary>
    /// <param name="session">The accepted stream.</param>
    /// <param name="context">The upgrade request (route values, user, services).</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the application stops; pass it to <see cref="MediaStreamSession.ReadEventsAsync"/>.</param>
    /// <returns>A task that completes when the handler is done with the stream.</returns>
    Task HandleAsync(MediaStreamSession session, HttpContext context, CancellationToken cancellationToken);
}
