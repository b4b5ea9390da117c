using MarkupDsl.MediaStreams;

namespace MarkupDsl.AspNetCore.MediaStreams;

/// <summary>
/// Settings of the endpoints <see cref="MediaStreamEndpointRouteBuilderExtensions.MapMediaStream(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder, string, System.Func{MediaStreamSession, System.Threading.CancellationToken, System.Threading.Tasks.Task})"/>
/// maps, bound through the options pattern (<see cref="MediaStreamServiceCollectionExtensions.AddMediaStreams"/>,
/// <c>services.Configure&lt;MediaStreamOptions&gt;(...)</c>, or a configuration section).
/// </summary>
public sealed class MediaStreamOptions
{
    /// <summary>
    /// The settings of each stream's <see cref="MediaStreamSession"/>: limits (<see cref="MediaStreamSessionOptions.MaxMessageSize"/>,
    /// <see cref="MediaStreamSessionOptions.EventQueueCapacity"/>, <see cref="MediaStreamSessionOptions.EventQueueFullMode"/>,
    /// <see cref="MediaStreamSessionOptions.SendQueueCapacity"/>), <see cref="MediaStreamSessionOptions.Pacing"/>, timeouts
    /// (<see cref="MediaStreamSessionOptions.IdleTimeout"/>, <see cref="MediaStreamSessionOptions.CloseTimeout"/>) and the
    /// <see cref="MediaStreamSessionOptions.Provider"/>. A stated provider also limits which provider's credentials
    /// an upgrade is checked against. Set its properties in place (<c>o.Session.IdleTimeout = ...</c>) so that every
    /// source's settings compose; <see cref="MediaStreamServiceCollectionExtensions.AddMediaStreams"/> checks them all at start-up.
    /// </summary>
    public MediaStreamSessionOptions Session { get; set; } = new();

    /// <summary>
    /// Whether a WebSocket upgrade must carry a registered provider's signature or token (default
    /// <see langword="true"/>); one that does not is answered 403 with a warning log line. Turn it off only where
    /// something else authenticates the provider.
    /// </summary>
    public bool ValidateRequests { get; set; } = true;
}
