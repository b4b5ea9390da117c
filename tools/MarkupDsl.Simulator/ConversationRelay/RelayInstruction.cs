using MarkupDsl.Markup;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>
/// The <c>&lt;Connect&gt;&lt;ConversationRelay&gt;</c> of a webhook's answer: where to open the WebSocket, what to
/// pass on in <c>setup</c>, and where the call goes when the session ends.
/// </summary>
/// <param name="Url">The absolute <c>wss://</c> URL.</param>
/// <param name="Parameters">The <c>&lt;Parameter name value&gt;</c>s, sent in <c>setup</c> as <c>customParameters</c>.</param>
/// <param name="Action">The <c>&lt;Connect action&gt;</c>, resolved against the webhook, or <see langword="null"/>.</param>
/// <param name="WelcomeGreeting">What the provider speaks first, or <see langword="null"/>.</param>
public sealed record RelayInstruction(Uri Url, IReadOnlyDictionary<string, string> Parameters, Uri? Action, string? WelcomeGreeting)
{
    /// <summary>Reads a webhook's answer as TwiML (Twilio) or TeXML (Telnyx), checked against the builders' schemas.</summary>
    /// <param name="markup">The answer's body.</param>
    /// <param name="provider">Twilio or Telnyx.</param>
    /// <param name="webhook">The URL that was POSTed, against which relative URLs are resolved.</param>
    /// <returns>The session to open.</returns>
    /// <exception cref="MarkupParseException">The answer breaks its dialect's schemas.</exception>
    /// <exception cref="InvalidDataException">The answer has no <c>&lt;Connect&gt;&lt;ConversationRelay&gt;</c>.</exception>
    public static RelayInstruction Parse(string markup, MediaStreamProvider provider, Uri webhook)
    {
        ArgumentNullException.ThrowIfNull(markup);
        ArgumentNullException.ThrowIfNull(webhook);
        MarkupElement root = provider == MediaStreamProvider.Telnyx ? TeXML.VoiceResponse.Parse(markup).Root : TwiML.VoiceResponse.Parse(markup).Root;
        (MarkupElement connect, MarkupElement relay) = root.Children.Where(child => child.Name == "Connect")
            .SelectMany(connect => connect.Children.Where(child => child.Name == "ConversationRelay").Select(relay => (connect, relay)))
            .FirstOrDefault();
        if (relay is null)
        {
            throw new InvalidDataException($"The answer has no <Connect><ConversationRelay>: {(markup.Length > 200 ? markup[..200] + "..." : markup)}");
        }

        string url = relay.GetAttribute("url") ?? throw new InvalidDataException("The <ConversationRelay> has no url.");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (MarkupElement parameter in relay.Children.Where(child => child.Name == "Parameter"))
        {
            parameters[parameter.GetAttribute("name") ?? ""] = parameter.GetAttribute("value") ?? "";
        }

        return new RelayInstruction(
            new Uri(new UriBuilder(webhook) { Scheme = "wss", Port = webhook.IsDefaultPort ? -1 : webhook.Port }.Uri, url),
            parameters,
            connect.GetAttribute("action") is { } action ? new Uri(webhook, action) : null,
            relay.GetAttribute("welcomeGreeting"));
    }
}
