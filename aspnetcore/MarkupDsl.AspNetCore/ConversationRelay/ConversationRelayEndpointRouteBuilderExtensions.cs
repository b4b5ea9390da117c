using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.ConversationRelay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MarkupDsl.AspNetCore.ConversationRelay;

/// <summary>
/// Hosts ConversationRelay (Twilio, Telnyx) on an endpoint: <c>app.MapConversationRelay("/relay", handler)</c>, the
/// <c>url</c> of the <c>&lt;ConversationRelay&gt;</c> noun being <c>wss://host/relay</c>.
/// </summary>
/// <remarks>
/// <para>For each request the endpoint answers 400 when it is not a WebSocket upgrade (<c>app.UseWebSockets()</c>
/// must come before the endpoints), and 403 with a warning log line when the upgrade carries no valid credential of
/// a provider registered with <c>AddTwilioRequestValidation</c> or <c>AddTelnyxRequestValidation</c> (see
/// <see cref="ConversationRelayOptions.ValidateRequests"/>). It then accepts the socket, makes a
/// <see cref="ConversationRelaySession"/> with <see cref="ConversationRelayOptions.Session"/>, reporting to the
/// <c>MarkupDsl.ConversationRelay</c> meter of the app's <see cref="System.Diagnostics.Metrics.IMeterFactory"/>, and
/// runs the handler.</para>
/// <para>Closing: when the handler returns, or throws <see cref="OperationCanceledException"/> because the client
/// went away or the application is stopping, the socket is closed with 1000 (normal closure); when it throws anything
/// else, the exception is logged as an error and the socket closed with 1011 (internal error). The session's setup
/// (provider, session id, call) and end (reason, messages each way, duration) are logged at Information.</para>
/// </remarks>
public static class ConversationRelayEndpointRouteBuilderExtensions
{
    /// <summary>Maps a ConversationRelay WebSocket endpoint served by a delegate.</summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/relay</c>; the noun's <c>url</c> is <c>wss://host/relay</c>.</param>
    /// <param name="handler">
    /// Serves one session: reads <see cref="ConversationRelaySession.ReadMessagesAsync"/> (or runs a
    /// <see cref="ConversationRelayChatAgent"/>) with the token, which is cancelled when the client goes away or the
    /// application stops.
    /// </param>
    /// <returns>A builder to add conventions (authorization, metadata) to the endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Requests are to be validated and no provider's validation is registered.</exception>
    public static IEndpointConventionBuilder MapConversationRelay(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<ConversationRelaySession, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapConversationRelay(pattern, (session, _, cancellationToken) => handler(session, cancellationToken));
    }

    /// <summary>Maps a ConversationRelay WebSocket endpoint served by a delegate that also gets the upgrade request.</summary>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/relay</c>; the noun's <c>url</c> is <c>wss://host/relay</c>.</param>
    /// <param name="handler">
    /// Serves one session, given the request's <see cref="HttpContext"/> (route values, services): reads
    /// <see cref="ConversationRelaySession.ReadMessagesAsync"/> with the token, which is cancelled when the client goes
    /// away or the application stops.
    /// </param>
    /// <returns>A builder to add conventions (authorization, metadata) to the endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Requests are to be validated and no provider's validation is registered.</exception>
    public static IEndpointConventionBuilder MapConversationRelay(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern,
        Func<ConversationRelaySession, HttpContext, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        var endpoint = new ConversationRelayEndpoint(endpoints.ServiceProvider, handler);
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("ConversationRelay " + pattern);
    }

    /// <summary>
    /// Maps a ConversationRelay WebSocket endpoint served by a <typeparamref name="THandler"/> for each session: the
    /// one registered in the services, else one made with its constructor's dependencies injected.
    /// </summary>
    /// <typeparam name="THandler">The handler type.</typeparam>
    /// <param name="endpoints">The app or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/relay</c>; the noun's <c>url</c> is <c>wss://host/relay</c>.</param>
    /// <returns>A builder to add conventions (authorization, metadata) to the endpoint.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">Requests are to be validated and no provider's validation is registered.</exception>
    public static IEndpointConventionBuilder MapConversationRelay<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(
        this IEndpointRouteBuilder endpoints,
        [StringSyntax("Route")] string pattern)
        where THandler : IConversationRelayHandler =>
        endpoints.MapConversationRelay(pattern, (session, context, cancellationToken) =>
            ActivatorUtilities.GetServiceOrCreateInstance<THandler>(context.RequestServices).HandleAsync(session, context, cancellationToken));
}
