using MarkupDsl.Markup;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator;

/// <summary>
/// The <c>&lt;Stream&gt;</c> of a webhook's answer: where to open the WebSocket, what to pass on in <c>start</c>,
/// and whether the app may talk back on it.
/// </summary>
/// <param name="Url">The absolute <c>wss://</c> URL (a relative one is resolved against the webhook's host).</param>
/// <param name="Parameters">The <c>&lt;Parameter name value&gt;</c>s (SWML: <c>custom_parameters</c>), sent back in <c>start</c>.</param>
/// <param name="Bidirectional">
/// <see langword="true"/> for <c>&lt;Connect&gt;&lt;Stream&gt;</c> (TwiML, cXML) and TeXML's bidirectional streams;
/// <see langword="false"/> for <c>&lt;Start&gt;&lt;Stream&gt;</c> and SWML's background <c>stream</c>.
/// </param>
/// <param name="BearerToken">SignalWire's <c>authBearerToken</c> (SWML <c>authorization_bearer_token</c>), sent as <c>Authorization: Bearer</c> on the upgrade.</param>
public sealed record StreamInstruction(Uri Url, IReadOnlyDictionary<string, string> Parameters, bool Bidirectional, string? BearerToken)
{
    /// <summary>
    /// Reads the webhook's answer with the provider's dialect (TwiML for Twilio, TeXML for Telnyx, cXML or SWML as
    /// JSON or YAML for SignalWire), checked against the same schemas as the builders, and finds its first stream:
    /// <c>&lt;Connect&gt;&lt;Stream&gt;</c>, else <c>&lt;Start&gt;&lt;Stream&gt;</c>, else SWML's <c>stream</c>.
    /// </summary>
    /// <param name="markup">The answer's body.</param>
    /// <param name="provider">Whose dialect the answer must be in.</param>
    /// <param name="webhook">The URL that was POSTed, against which a relative stream URL is resolved.</param>
    /// <returns>The stream to open.</returns>
    /// <exception cref="MarkupParseException">The answer is malformed or breaks the dialect's schemas (each problem with line and column).</exception>
    /// <exception cref="InvalidDataException">The answer has no stream, or is SWML from a provider other than SignalWire.</exception>
    public static StreamInstruction Parse(string markup, MediaStreamProvider provider, Uri webhook)
    {
        ArgumentNullException.ThrowIfNull(markup);
        bool xml = markup.TrimStart().StartsWith('<');
        if (!xml && provider != MediaStreamProvider.SignalWire)
        {
            throw new InvalidDataException($"{provider} answers a voice webhook with XML, but the app answered: {Truncate(markup)}");
        }

        MarkupElement root = (xml, provider) switch
        {
            (false, _) => SWML.SwmlDocument.Parse(markup).Root,
            (true, MediaStreamProvider.Telnyx) => TeXML.VoiceResponse.Parse(markup).Root,
            (true, MediaStreamProvider.SignalWire) => CXML.VoiceResponse.Parse(markup).Root,
            _ => TwiML.VoiceResponse.Parse(markup).Root,
        };
        (MarkupElement stream, bool bidirectional) = Find(root, "Connect", "Stream") is { } connected ? (connected, true)
            : Find(root, "Start", "Stream") is { } started ? (started, IsTeXmlBidirectional(started, provider))
            : root.Children.FirstOrDefault(child => child.Name == "stream") is { } swml ? (swml, false)
            : throw new InvalidDataException($"The answer has no <Connect><Stream>, <Start><Stream> or SWML stream: {Truncate(markup)}");

        string url = stream.GetAttribute("url") ?? throw new InvalidDataException("The <Stream> has no url.");
        var absolute = new Uri(new UriBuilder(webhook) { Scheme = "wss", Port = webhook.IsDefaultPort ? -1 : webhook.Port }.Uri, url);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (MarkupElement parameter in stream.Children.Where(child => child.Name == "Parameter"))
        {
            parameters[parameter.GetAttribute("name") ?? ""] = parameter.GetAttribute("value") ?? "";
        }

        foreach (MarkupElement custom in stream.Children.Where(child => child.Name == "custom_parameters"))
        {
            foreach (MarkupAttribute attribute in custom.Attributes)
            {
                parameters[attribute.Name] = attribute.Value;
            }
        }

        return new StreamInstruction(absolute, parameters, bidirectional, stream.GetAttribute("authBearerToken") ?? stream.GetAttribute("authorization_bearer_token"));
    }

    private static MarkupElement? Find(MarkupElement root, string verb, string noun) =>
        root.Children.Where(child => child.Name == verb).SelectMany(child => child.Children).FirstOrDefault(child => child.Name == noun);

    /// <summary>
    /// TeXML's <c>&lt;Start&gt;&lt;Stream bidirectionalMode="rtp"&gt;</c> takes raw audio back (its <c>mp3</c> mode
    /// takes MP3 files, which the simulator does not play); TwiML's and cXML's never do.
    /// </summary>
    private static bool IsTeXmlBidirectional(MarkupElement stream, MediaStreamProvider provider) =>
        provider == MediaStreamProvider.Telnyx && stream.GetAttribute("bidirectionalMode") == "rtp";

    private static string Truncate(string text) => text.Length > 200 ? text[..200] + "..." : text;
}
