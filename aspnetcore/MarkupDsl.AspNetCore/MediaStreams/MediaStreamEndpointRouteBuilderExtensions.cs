using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>
/// Hosts Media Streams (Twilio, Telnyx, SignalWire) on an endpoint: <c>app.MapMediaStream("/media", handler)</c>.
/// </summary>
/// <remarks>
/// <para>For each request the endpoint answers 400 when it is not a WebSocket upgrade (<c>app.UseWebSockets()</c>
/// must come before the endpoints), and 403 with a warning log line when the upgrade carries no valid credential of
/// a provider registered with <c>AddTwilioRequestValidation</c>, <c>AddSignalWireRequestValidation</c> or
/// <c>AddTelnyxRequestValidation</c> (see <see cref="MediaStreamOptions.ValidateRequests"/>). It then accepts the
/// socket, makes a <see cref="MediaStreamSession"/> with <see cref="MediaStreamOptions.Session"/>, reporting to the
/// <c>MarkupDsl.MediaStreams</c> meter of the app's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>, and runs
/// the handler.</para>
/// <para>Closing: when the handler returns, or throws <see cref="OperationCanceledException"/> because the client
/// went away or the application is stopping, the socket is closed with 1000 (normal closure); when it throws anything
/// else, the exception is logged as an error and the socket closed with 1011 (internal error). The stream's start
/// (provider, streamSid, call) and stop (reason, media frames each way, duration) are logged at Information.</para>
/// </remarks>
public static class MediaStreamEndpointRouteBuilderExtensions
{
    /// <summary>Maps a Media Streams WebSocket endpoint served by a delegate.</summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/media</c>; the stream URL given to the provider (<c>wss://host/media</c>).</param>
    /// <param name="handler">
    /// Serves one stream: reads <see cref="MediaStreamSession.ReadEventsAsync"/> with the token, which is cancelled
    /// when the client goes away or the application stops.
    /// </param>
    /// <returns>A builder to add conventions (authorization, metadata) to the endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Requests are to be validated and no provider's validation is registered.</exception>
    public static IEndpointConventionBuilder MapMediaStream(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<MediaStreamSession, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapMediaStream(pattern, (session, _, cancellationToken) => handler(session, cancellationToken));
    }

    /// <summary>Maps a Media Streams WebSocket endpoint served by a delegate that also gets the upgrade request.</summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/media</c>; the stream URL given to the provider (<c>wss://host/media</c>).</param>
    /// <param name="handler">
    /// Serves one stream, given the request's <see cref="HttpContext"/> (route values, services): reads
    /// <see cref="MediaStreamSession.ReadEventsAsync"/> with the token, which is cancelled when the client goes away
    /// or the application stops.
    /// </param>
    /// <returns>A builder to add conventions (authorization, metadata) to the endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Requests are to be validated and no provider's validation is registered.</exception>
    public static IEndpointConventionBuilder MapMediaStream(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<MediaStreamSession, HttpContext, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        var endpoint = new MediaStreamEndpoint(endpoints.ServiceProvider, handler);
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("Media stream " + pattern);
    }

    /// <summary>
    /// Maps a Media Streams WebSocket endpoint served by a <typeparamref name="THandler"/> for each stream: the one
    /// registered in the services, else one made with its constructor's dependencies injected.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/media</c>; the stream URL given to the provider (<c>wss://host/media</c>).</param>
    /// <returns>A builder to add conventions (authorization, metadata) to the endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Requests are to be validated and no provider's validation is registered.</exception>
    public static IEndpointConventionBuilder MapMediaStream<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern)
        where THandler : IMediaStreamHandler =>
        endpoints.MapMediaStream(pattern, (session, context, cancellationToken) =>
            ActivatorUtilities.GetServiceOrCreateInstance<THandler>(context.RequestServices).HandleAsync(session, context, cancellationToken));
}
