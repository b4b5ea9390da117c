using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.ConversationRelay;

/// <summary>Registers the settings of ConversationRelay endpoints.</summary>
public static class ConversationRelayServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ConversationRelayOptions"/>, for example
    /// <c>services.AddConversationRelay(o =&gt; o.Session.CloseTimeout = TimeSpan.FromSeconds(2))</c>, or
    /// <c>services.AddConversationRelay().BindConfiguration("ConversationRelay")</c>, and checks them at start-up: an
    /// invalid setting from any source stops the app with an <see cref="OptionsValidationException"/> naming every
    /// invalid property (<see cref="MarkupDsl.ConversationRelay.ConversationRelaySessionOptions.Validate"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> leaves the defaults.</param>
    /// <returns>The options builder, to configure further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static OptionsBuilder<ConversationRelayOptions> AddConversationRelay(this IServiceCollection services, Action<ConversationRelayOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationRelayOptions>, ConversationRelayOptionsValidator>());
        OptionsBuilder<ConversationRelayOptions> options = services.AddOptions<ConversationRelayOptions>().ValidateOnStart();
        return configure is null ? options : options.Configure(configure);
    }
}
