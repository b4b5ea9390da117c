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
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>
/// Webhooks signed as Twilio signs them reach the endpoint; tampered ones get 403 and a log line. Requests arrive at
/// http://localhost as if from a proxy that terminated TLS for https://mycompany.com and set X-Forwarded-Proto and
/// X-Forwarded-Host, so Twilio's documented example signature must validate only through the rebuilt URL.
/// </summary>
public sealed class TwilioWebhookTests
{
    private const string ExamplePath = "/myapp.php?foo=1&bar=2";

    private static Task<WebApplication> StartAsync(RecordingLoggerProvider? logs = null) => TestApp.StartAsync(
        app =>
        {
            app.MapPost("/myapp.php", (HttpRequest request) =>
                    MarkupResults.Markup(new TwiML.VoiceResponse().Say("You pressed " + request.Form["Digits"])))
                .RequireTwilioSignature();
            app.MapGroup("/get").RequireTwilioSignature()
                .MapGet("/status", () => MarkupResults.Markup(new TwiML.VoiceResponse()));
        },
        logs);

    internal static HttpRequestMessage Webhook(string path, IDictionary<string, string> form, string? signature, string proto = "https", string host = "mycompany.com")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Forwarded-Proto", proto);
        request.Headers.Add("X-Forwarded-Host", host);
        if (signature is not null)
        {
            request.Headers.Add(TwilioSignature.HeaderName, signature);
        }
        return request;
    }

    private static Dictionary<string, string> ExampleForm() =>
        TwilioSignatureTests.ExampleParameters().ToDictionary(p => p.Key, p => p.Value.ToString());

    [Theory]
    [InlineData(ExamplePath)]
    [InlineData("/mvc/webhook")]
    public async Task A_signed_webhook_reaches_the_endpoint(string path)
    {
        await using var app = await StartAsync();
        string signature = path == ExamplePath
            ? TwilioSignatureTests.ExampleSignature
            : TwilioSignature.Compute(TestApp.AuthToken, "https://mycompany.com" + path, TwilioSignatureTests.ExampleParameters());

        var response = await app.GetTestClient().SendAsync(Webhook(path, ExampleForm(), signature));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>You pressed 1234</Say></Response>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("mycompany.com:443")]
    [InlineData("MyCompany.com:443")]
    public async Task A_request_that_names_the_default_port_passes_with_the_signature_of_the_url_without_it(string host)
    {
        await using var app = await StartAsync();
        string signature = TwilioSignature.Compute(TestApp.AuthToken, $"https://{host[..^4]}{ExamplePath}", TwilioSignatureTests.ExampleParameters());

        var response = await app.GetTestClient().SendAsync(Webhook(ExamplePath, ExampleForm(), signature, host: host));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string, string, string, string> Tampered => new()
    {
        // path, form field to change ("" for none), proto, host
        { "/myapp.php?foo=1&bar=3", "", "https", "mycompany.com" },
        { "/myapp.php?foo=1&bar=2&baz=3", "", "https", "mycompany.com" },
        { ExamplePath, "Digits", "https", "mycompany.com" },
        { ExamplePath, "Extra", "https", "mycompany.com" },
        { ExamplePath, "", "http", "mycompany.com" },
        { ExamplePath, "", "https", "evil.example" },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public async Task A_tampered_url_body_or_forwarded_origin_is_refused_with_403_and_a_log_line(string path, string field, string proto, string host)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs);
        var form = ExampleForm();
        if (field.Length > 0)
        {
            form[field] = "9999";
        }

        var response = await app.GetTestClient().SendAsync(Webhook(path, form, TwilioSignatureTests.ExampleSignature, proto, host));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        var entry = Assert.Single(logs.Entries, e => e.Category == typeof(TwilioRequestValidator).FullName);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Equal($"Rejected POST {proto}://{host}{path} with 403: the signature does not match the URL and parameters.", entry.Message);
    }

    [Theory]
    [InlineData(ExamplePath)]
    [InlineData("/mvc/webhook")]
    public async Task An_unsigned_webhook_is_refused_with_403_and_a_log_line(string path)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs);

        var response = await app.GetTestClient().SendAsync(Webhook(path, ExampleForm(), signature: null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = Assert.Single(logs.Entries, e => e.Category == typeof(TwilioRequestValidator).FullName);
        Assert.Equal($"Rejected POST https://mycompany.com{path} with 403: no X-Twilio-Signature header.", entry.Message);
    }

    [Fact]
    public async Task A_tampered_body_is_refused_by_the_mvc_filter_before_the_action_runs()
    {
        await using var app = await StartAsync();
        string signature = TwilioSignature.Compute(TestApp.AuthToken, "https://mycompany.com/mvc/webhook", TwilioSignatureTests.ExampleParameters());
        var form = ExampleForm();
        form["Digits"] = "9999";

        var response = await app.GetTestClient().SendAsync(Webhook("/mvc/webhook", form, signature));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/get/status?CallSid=CA1", "/get/status?CallSid=CA1", HttpStatusCode.OK)]
    [InlineData("/get/status?CallSid=CA1", "/get/status?CallSid=CA2", HttpStatusCode.Forbidden)]
    public async Task A_get_webhook_on_a_route_group_is_signed_over_its_url_alone(string signedPath, string requestedPath, HttpStatusCode expected)
    {
        await using var app = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, requestedPath);
        request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(TestApp.AuthToken, "http://localhost" + signedPath, []));

        var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_app_does_not_start_without_an_auth_token()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(_ => { }, authToken: ""));
        Assert.Contains(nameof(TwilioRequestValidationOptions.AuthToken), exception.Message);
    }
}
