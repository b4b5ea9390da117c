using System.Globalization;
using System.Net.Http.Headers;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.MediaStreams;
using Microsoft.Extensions.Primitives;

namespace MarkupDsl.Simulator;

/// <summary>
/// The provider's requests to the app: the voice webhook POST (form fields as the provider sends them, signed) and
/// the headers of the WebSocket upgrade.
/// </summary>
internal static class ProviderWebhook
{
    /// <summary>The signature header for Twilio's HMAC-SHA1 scheme, which SignalWire uses under its own name.</summary>
    private static string SignatureHeader(MediaStreamProvider provider) =>
        provider == MediaStreamProvider.SignalWire ? "X-SignalWire-Signature" : TwilioSignature.HeaderName;

    /// <summary>POSTs the voice webhook and returns the answer's body.</summary>
    /// <exception cref="HttpRequestException">The request failed or the app answered with an error status.</exception>
    public static Task<string> PostAsync(HttpClient http, Uri webhook, CallIdentity call, CallOptions options, CancellationToken cancellationToken) =>
        PostFormAsync(http, webhook, Form(call, options), options, cancellationToken);

    /// <summary>POSTs <paramref name="form"/> to <paramref name="webhook"/>, signed as the provider signs, and returns the answer's body.</summary>
    /// <exception cref="HttpRequestException">The request failed or the app answered with an error status.</exception>
    public static async Task<string> PostFormAsync(HttpClient http, Uri webhook, IReadOnlyDictionary<string, string> form, CallOptions options, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new FormUrlEncodedContent(form) };
        if (options.Provider == MediaStreamProvider.Telnyx)
        {
            // The Ed25519 signature needs Telnyx's private key; the timestamp it would cover is sent alone.
            request.Headers.Add("telnyx-timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }
        else if (options.AuthToken is { } token)
        {
            request.Headers.Add(SignatureHeader(options.Provider), TwilioSignature.Compute(token, webhook.AbsoluteUri, form.Select(field => KeyValuePair.Create(field.Key, new StringValues(field.Value)))));
        }

        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("markupdsl-simulate", "1.0"));
        using HttpResponseMessage answer = await http.SendAsync(request, cancellationToken);
        string body = await answer.Content.ReadAsStringAsync(cancellationToken);
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {webhook} answered {(int)answer.StatusCode} {answer.ReasonPhrase}: {body}", null, answer.StatusCode);
        }

        return body;
    }

    /// <summary>The headers of the upgrade to <paramref name="url"/>: the signature over the <c>wss://</c> URL alone, or Telnyx's and SignalWire's tokens.</summary>
    public static IEnumerable<(string Name, string Value)> UpgradeHeaders(Uri url, string? bearerToken, CallOptions options)
    {
        if (bearerToken is { } bearer)
        {
            yield return ("Authorization", "Bearer " + bearer);
        }

        if (options.AuthToken is not { } token)
        {
            yield break;
        }

        yield return options.Provider == MediaStreamProvider.Telnyx
            ? ("x-telnyx-streaming-auth-token", token)
            : (SignatureHeader(options.Provider), TwilioSignature.Compute(token, url.AbsoluteUri, []));
    }

    /// <summary>The voice webhook's form fields.</summary>
    public static Dictionary<string, string> Form(CallIdentity call, CallOptions options) => options.Provider switch
    {
        // TeXML's voice webhook (developers.telnyx.com, "TeXML callbacks").
        MediaStreamProvider.Telnyx => new()
        {
            ["AccountSid"] = call.AccountSid,
            ["CallSid"] = call.CallSid,
            ["CallSessionId"] = call.StreamSid,
            ["CallStatus"] = "ringing",
            ["Direction"] = "inbound",
            ["From"] = options.From,
            ["To"] = options.To,
        },

        // Twilio's (twilio.com/docs/voice/twiml#request-parameters); SignalWire's cXML sends the same fields.
        _ => new()
        {
            ["AccountSid"] = call.AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["CallSid"] = call.CallSid,
            ["CallStatus"] = "ringing",
            ["Direction"] = "inbound",
            ["From"] = options.From,
            ["To"] = options.To,
            ["Caller"] = options.From,
            ["Called"] = options.To,
        },
    };
}
