using System.Xml.Linq;

namespace TwilioSimulator;

/// <summary>The <c>&lt;Connect&gt;&lt;Stream&gt;</c> of a TwiML answer: where to open the WebSocket and what to pass on.</summary>
/// <param name="Url">The <c>wss://</c> URL.</param>
/// <param name="Parameters">The <c>&lt;Parameter name value&gt;</c>s, sent back in <c>start.customParameters</c>.</param>
public sealed record StreamInstruction(Uri Url, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>Finds the stream in a TwiML document and checks it the way Twilio does.</summary>
    /// <param name="twiml">The webhook's answer.</param>
    /// <returns>The stream to open.</returns>
    /// <exception cref="InvalidDataException">
    /// No <c>&lt;Response&gt;&lt;Connect&gt;&lt;Stream url&gt;</c>, a URL that is not <c>wss://</c> (Twilio error 31922)
    /// or that has a query string (31920), or a <c>&lt;Parameter&gt;</c> without a name.
    /// </exception>
    public static StreamInstruction Parse(string twiml)
    {
        XElement response = XDocument.Parse(twiml).Root is { Name.LocalName: "Response" } root
            ? root
            : throw new InvalidDataException("The TwiML document's root is not <Response>.");
        XElement stream = response.Elements("Connect").Elements("Stream").FirstOrDefault()
            ?? throw new InvalidDataException("The TwiML has no <Connect><Stream>.");
        if (!Uri.TryCreate((string?)stream.Attribute("url"), UriKind.Absolute, out Uri? url) || url.Scheme != "wss")
        {
            throw new InvalidDataException($"<Stream url=\"{(string?)stream.Attribute("url")}\"> is not a wss:// URL (Twilio error 31922).");
        }

        if (url.Query.Length > 0)
        {
            throw new InvalidDataException($"<Stream url=\"{url}\"> has a query string; values go in <Parameter> (Twilio error 31920).");
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (XElement parameter in stream.Elements("Parameter"))
        {
            string name = (string?)parameter.Attribute("name") is { Length: > 0 } n
                ? n
                : throw new InvalidDataException("A <Parameter> has no name.");
            parameters[name] = (string?)parameter.Attribute("value") ?? "";
        }

        return new StreamInstruction(url, parameters);
    }
}
