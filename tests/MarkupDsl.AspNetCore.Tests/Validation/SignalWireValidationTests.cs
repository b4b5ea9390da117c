using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>
/// SignalWire signs webhooks with Twilio's scheme keyed by its signing key, in <c>X-SignalWire-Signature</c> (or
/// <c>X-Twilio-Signature</c>), and authenticates streams with the bearer token the <c>&lt;Stream&gt;</c> was given.
/// Twilio's documented example, keyed "12345", stands in as the signed webhook.
/// </summary>
public sealed class SignalWireValidationTests
{
    private const string SigningKey = TestApp.AuthToken;
    private const string BearerToken = "stream-token-7f3a";

    private static Task<WebApplication> StartAsync(RecordingLoggerProvider? logs = null) => TestApp.StartAsync(
        app =>
        {
            app.MapPost("/myapp.php", (HttpRequest request) =>
                    MarkupResults.Markup(new CXML.VoiceResponse().Say("You pressed " + request.Form["Digits"])))
                .RequireSignalWireSignature();
        },
        logs,
        addServices: services => services.AddSignalWireRequestValidation().Configure(o =>
        {
            o.SigningKey = SigningKey;
            o.StreamBearerToken = BearerToken;
        }));

    private static HttpRequestMessage Webhook(string header, string? signature, string digits = "1234")
    {
        var form = TwilioSignatureTests.ExampleParameters().ToDictionary(p => p.Key, p => p.Value.ToString());
        form["Digits"] = digits;
        var request = new HttpRequestMessage(HttpMethod.Post, "/myapp.php?foo=1&bar=2") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "mycompany.com");
        if (signature is not null)
        {
            request.Headers.Add(header, signature);
        }

        return request;
    }

    [Theory]
    [InlineData(SignalWireRequestValidator.SignatureHeaderName)]
    [InlineData(TwilioSignature.HeaderName)]
    public async Task A_webhook_signed_with_the_signing_key_reaches_the_endpoint(string header)
    {
        await using var app = await StartAsync();

        var response = await app.GetTestClient().SendAsync(Webhook(header, TwilioSignatureTests.ExampleSignature));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Say>You pressed 1234</Say>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("9999", TwilioSignatureTests.ExampleSignature, "the signature does not match the URL and parameters")]
    [InlineData("1234", null, "no X-SignalWire-Signature (or X-Twilio-Signature) header")]
    public async Task A_tampered_or_unsigned_webhook_is_refused_with_403_and_a_log_line(string digits, string? signature, string reason)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs);

        var response = await app.GetTestClient().SendAsync(Webhook(SignalWireRequestValidator.SignatureHeaderName, signature, digits));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = Assert.Single(logs.Entries, e => e.Category == typeof(SignalWireRequestValidator).FullName);
        Assert.Equal($"Rejected POST https://mycompany.com/myapp.php?foo=1&bar=2 with 403: {reason}.", entry.Message);
    }

    [Theory]
    [InlineData("Bearer " + BearerToken, BearerToken, null)]
    [InlineData("bearer " + BearerToken, BearerToken, null)]
    [InlineData("Bearer stream-token-7f3b", BearerToken, "the bearer token does not match")]
    [InlineData("Bearer " + BearerToken + "x", BearerToken, "the bearer token does not match")]
    [InlineData("Basic c3RyZWFt", BearerToken, "no Authorization: Bearer header")]
    [InlineData(null, BearerToken, "no Authorization: Bearer header")]
    [InlineData("Bearer " + BearerToken, "", "no SignalWire StreamBearerToken is configured to check the stream's Authorization header against")]
    public void A_stream_upgrade_needs_the_streams_bearer_token(string? authorization, string configured, string? reason)
    {
        var (valid, logs) = UpgradeRequest.Check<SignalWireRequestValidator>(
            services => services.AddSignalWireRequestValidation().Configure(o =>
            {
                o.SigningKey = SigningKey;
                o.StreamBearerToken = configured;
            }),
            HeaderNames.Authorization,
            authorization);

        Assert.Equal(reason is null, valid);
        Assert.Equal(reason is null ? [] : [UpgradeRequest.RejectedPrefix + reason + "."], logs);
    }

    [Fact]
    public async Task The_app_does_not_start_without_a_signing_key()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestApp.StartAsync(_ => { }, addServices: services => services.AddSignalWireRequestValidation()));
        Assert.Contains(nameof(SignalWireRequestValidationOptions.SigningKey), exception.Message);
    }
}
