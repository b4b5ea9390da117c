using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>
/// JSON webhooks, whose URL carries <c>bodySHA256</c>: validated over the URL and the raw body, which the endpoint
/// and MVC model binding still read in full afterwards.
/// </summary>
public sealed class TwilioJsonWebhookTests
{
    private static Task<WebApplication> StartAsync(RecordingLoggerProvider? logs = null) => TestApp.StartAsync(
        app => app.MapPost("/events", async (HttpRequest request) => Results.Text(await new System.IO.StreamReader(request.Body).ReadToEndAsync()))
            .RequireTwilioSignature(),
        logs);

    private static HttpRequestMessage JsonWebhook(string path, string signedBody, string sentBody)
    {
        string url = TwilioBodySignatureTests.UrlFor(signedBody, "https://mycompany.com" + path + "?source=voice");
        var request = TwilioWebhookTests.Webhook(url["https://mycompany.com".Length..], new Dictionary<string, string>(), TwilioSignature.Compute(TestApp.AuthToken, url, []));
        request.Content = new StringContent(sentBody, Encoding.UTF8, "application/json");
        return request;
    }

    [Fact]
    public async Task A_signed_json_webhook_reaches_the_endpoint_with_its_whole_body()
    {
        await using var app = await StartAsync();

        var response = await app.GetTestClient().SendAsync(JsonWebhook("/events", TwilioBodySignatureTests.Body, TwilioBodySignatureTests.Body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TwilioBodySignatureTests.Body, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_signed_json_webhook_is_bound_by_mvc_after_the_filter_read_it()
    {
        await using var app = await StartAsync();

        var response = await app.GetTestClient().SendAsync(JsonWebhook("/mvc/events", TwilioBodySignatureTests.Body, TwilioBodySignatureTests.Body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Say>Call CA1234567890ABCDE</Say>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/events")]
    [InlineData("/mvc/events")]
    public async Task A_changed_body_is_refused_with_403_and_a_log_line(string path)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs);

        var response = await app.GetTestClient().SendAsync(
            JsonWebhook(path, TwilioBodySignatureTests.Body, TwilioBodySignatureTests.Body.Replace("completed", "ringing")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = Assert.Single(logs.Entries, e => e.Category == typeof(TwilioRequestValidator).FullName);
        Assert.EndsWith("with 403: the signature does not match the URL, or the body does not match its bodySHA256.", entry.Message);
    }
}
