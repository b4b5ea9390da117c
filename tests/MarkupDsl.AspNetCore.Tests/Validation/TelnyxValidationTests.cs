using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>Telnyx webhooks by Ed25519 signature and timestamp, and stream upgrades by the streaming auth token.</summary>
public sealed class TelnyxValidationTests
{
    private const string StreamingToken = "telnyx-stream-token";
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(TelnyxSignatureTests.Timestamp));

    private static Task<WebApplication> StartAsync(RecordingLoggerProvider? logs = null, TimeSpan? clockSkew = null) => TestApp.StartAsync(
        app => app.MapPost("/telnyx", async (HttpRequest request) => await new System.IO.StreamReader(request.Body).ReadToEndAsync())
            .RequireTelnyxSignature(),
        logs,
        addServices: services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(SignedAt + (clockSkew ?? TimeSpan.FromSeconds(2))));
            services.AddTelnyxRequestValidation().Configure(o => o.PublicKey = Convert.ToBase64String(TelnyxSignatureTests.PublicKey));
        });

    private static HttpRequestMessage Webhook(string body, string? timestamp, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telnyx") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (timestamp is not null)
        {
            request.Headers.Add(TelnyxSignature.TimestampHeaderName, timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add(TelnyxSignature.SignatureHeaderName, signature);
        }

        return request;
    }

    [Fact]
    public async Task A_signed_webhook_reaches_the_endpoint_which_can_still_read_the_body()
    {
        await using var app = await StartAsync();

        var response = await app.GetTestClient().SendAsync(Webhook(TelnyxSignatureTests.Body, TelnyxSignatureTests.Timestamp,
            TelnyxSignatureTests.Sign(TelnyxSignatureTests.Timestamp, TelnyxSignatureTests.Body)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TelnyxSignatureTests.Body, await response.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string?, string?, string> Refused => new()
    {
        // body, timestamp header, signature header, reason logged
        { TelnyxSignatureTests.Body.Replace("initiated", "answered"), TelnyxSignatureTests.Timestamp, TelnyxSignatureTests.Sign(TelnyxSignatureTests.Timestamp, TelnyxSignatureTests.Body), "the signature does not match the timestamp and body" },
        { TelnyxSignatureTests.Body, "1700000001", TelnyxSignatureTests.Sign(TelnyxSignatureTests.Timestamp, TelnyxSignatureTests.Body), "the signature does not match the timestamp and body" },
        { TelnyxSignatureTests.Body, TelnyxSignatureTests.Timestamp, null, "no telnyx-signature-ed25519 or no telnyx-timestamp header" },
        { TelnyxSignatureTests.Body, null, TelnyxSignatureTests.Sign(TelnyxSignatureTests.Timestamp, TelnyxSignatureTests.Body), "no telnyx-signature-ed25519 or no telnyx-timestamp header" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_tampered_or_unsigned_webhook_is_refused_with_403_and_a_log_line(string body, string? timestamp, string? signature, string reason)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs);

        var response = await app.GetTestClient().SendAsync(Webhook(body, timestamp, signature));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var entry = Assert.Single(logs.Entries, e => e.Category == typeof(TelnyxRequestValidator).FullName);
        Assert.Equal($"Rejected POST http://localhost/telnyx with 403: {reason}.", entry.Message);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_correctly_signed_webhook_outside_the_timestamp_tolerance_is_refused_as_a_replay(int skewSeconds)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs, TimeSpan.FromSeconds(skewSeconds));

        var response = await app.GetTestClient().SendAsync(Webhook(TelnyxSignatureTests.Body, TelnyxSignatureTests.Timestamp,
            TelnyxSignatureTests.Sign(TelnyxSignatureTests.Timestamp, TelnyxSignatureTests.Body)));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("with 403: the telnyx-timestamp '1700000000' is not within 00:05:00 of now.", Assert.Single(logs.Entries).Message);
    }

    [Theory]
    [InlineData(StreamingToken, StreamingToken, null)]
    [InlineData("telnyx-stream-tokeN", StreamingToken, "the streaming auth token does not match")]
    [InlineData(null, StreamingToken, "no x-telnyx-streaming-auth-token header")]
    [InlineData(StreamingToken, "", "no Telnyx StreamingAuthToken is configured to check the upgrade against")]
    public void A_stream_upgrade_needs_the_streaming_auth_token(string? header, string configured, string? reason)
    {
        var (valid, logs) = UpgradeRequest.Check<TelnyxRequestValidator>(
            services => services.AddTelnyxRequestValidation().Configure(o =>
            {
                o.PublicKey = Convert.ToBase64String(TelnyxSignatureTests.PublicKey);
                o.StreamingAuthToken = configured;
            }),
            TelnyxRequestValidator.StreamingAuthTokenHeaderName,
            header);

        Assert.Equal(reason is null, valid);
        Assert.Equal(reason is null ? [] : [UpgradeRequest.RejectedPrefix + reason + "."], logs);
    }

    [Theory]
    [InlineData("", "", "needs a PublicKey (webhooks) or a StreamingAuthToken")]
    [InlineData("AAAA", "", "must be the Base64 of a 32-byte Ed25519 public key")]
    [InlineData("not base64", "token", "must be the Base64 of a 32-byte Ed25519 public key")]
    public async Task The_app_does_not_start_with_no_credential_or_a_malformed_key(string publicKey, string token, string message)
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(_ => { }, addServices: services =>
            services.AddTelnyxRequestValidation().Configure(o =>
            {
                o.PublicKey = publicKey;
                o.StreamingAuthToken = token;
            })));
        Assert.Contains(message, exception.Message);
    }
}
