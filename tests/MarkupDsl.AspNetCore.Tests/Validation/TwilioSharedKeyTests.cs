using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>
/// Webhooks that a Webhook Setting signs with a SharedKey: the <c>X-Twilio-Webhooks-Signature-Settings</c> header
/// names the key and the HMAC, and the key's secret comes from <see cref="TwilioRequestValidationOptions.SharedKeys"/>.
/// </summary>
public sealed class TwilioSharedKeyTests
{
    private const string KeyId = "webhooks_sharedkey_01jx4m3v9q8r7s6t5u4w3y2z1a";
    private const string Secret = "shared-key-secret";
    private const string Path = "/voice?foo=1";
    private const string Url = "https://mycompany.com" + Path;

    private static Task<WebApplication> StartAsync(RecordingLoggerProvider? logs = null) => TestApp.StartAsync(
        app => app.MapPost("/voice", () => MarkupResults.Markup(new TwiML.VoiceResponse())).RequireTwilioSignature(),
        logs,
        addServices: services => services.Configure<TwilioRequestValidationOptions>(o => o.SharedKeys[KeyId] = Secret));

    private static async Task<HttpStatusCode> SendAsync(WebApplication app, string signature, string? settings)
    {
        var request = TwilioWebhookTests.Webhook(Path, new Dictionary<string, string> { ["CallSid"] = "CA1" }, signature);
        if (settings is not null)
        {
            request.Headers.Add(TwilioSignature.SettingsHeaderName, settings);
        }

        return (await app.GetTestClient().SendAsync(request)).StatusCode;
    }

    private static string Sign(string key, TwilioSignatureAlgorithm algorithm) =>
        TwilioSignature.Compute(key, Url, new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["CallSid"] = "CA1" }, algorithm);

    public static TheoryData<string, TwilioSignatureAlgorithm, string?, HttpStatusCode> Requests => new()
    {
        // key that signed, HMAC, settings header, expected status
        { Secret, TwilioSignatureAlgorithm.HmacSha256, $"key={KeyId},algorithm=HMAC_SHA256", HttpStatusCode.OK },
        { Secret, TwilioSignatureAlgorithm.HmacSha1, $"key={KeyId},algorithm=HMAC_SHA1", HttpStatusCode.OK },
        { Secret, TwilioSignatureAlgorithm.HmacSha1, $"key={KeyId}", HttpStatusCode.OK },
        { TestApp.AuthToken, TwilioSignatureAlgorithm.HmacSha1, null, HttpStatusCode.OK },
        // The header decides the key: the auth token's signature does not pass when it names a SharedKey, and a
        // SharedKey's does not pass without the header.
        { TestApp.AuthToken, TwilioSignatureAlgorithm.HmacSha256, $"key={KeyId},algorithm=HMAC_SHA256", HttpStatusCode.Forbidden },
        { Secret, TwilioSignatureAlgorithm.HmacSha256, null, HttpStatusCode.Forbidden },
        { Secret, TwilioSignatureAlgorithm.HmacSha1, $"key={KeyId},algorithm=HMAC_SHA256", HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task The_header_names_the_key_and_hmac_the_signature_is_checked_with(string key, TwilioSignatureAlgorithm algorithm, string? settings, HttpStatusCode expected)
    {
        await using var app = await StartAsync();
        Assert.Equal(expected, await SendAsync(app, Sign(key, algorithm), settings));
    }

    [Theory]
    [InlineData("key=webhooks_sharedkey_other,algorithm=HMAC_SHA256",
        "the request is signed with the SharedKey 'webhooks_sharedkey_other', which TwilioRequestValidationOptions.SharedKeys does not hold")]
    [InlineData("algorithm=HMAC_SHA256", "the request is signed with the SharedKey '', which TwilioRequestValidationOptions.SharedKeys does not hold")]
    [InlineData("key=" + KeyId + ",algorithm=HMAC_SHA512",
        "the X-Twilio-Webhooks-Signature-Settings header names the algorithm 'HMAC_SHA512', neither HMAC_SHA1 nor HMAC_SHA256")]
    public async Task An_unknown_key_or_algorithm_is_refused_with_403_and_a_log_line(string settings, string reason)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs);

        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(app, Sign(Secret, TwilioSignatureAlgorithm.HmacSha256), settings));
        Assert.Equal($"Rejected POST {Url} with 403: {reason}.", Assert.Single(logs.Entries).Message);
    }

    [Fact]
    public void Shared_keys_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Twilio:AuthToken"] = "token",
            [$"Twilio:SharedKeys:{KeyId}"] = Secret,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddLogging().AddTwilioRequestValidation().BindConfiguration("Twilio");

        var options = services.BuildServiceProvider().GetRequiredService<IOptions<TwilioRequestValidationOptions>>().Value;

        Assert.Equal(Secret, Assert.Single(options.SharedKeys, k => k.Key == KeyId).Value);
    }

    [Fact]
    public async Task The_app_does_not_start_with_a_shared_key_without_a_secret()
    {
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(_ => { },
            addServices: services => services.Configure<TwilioRequestValidationOptions>(o => o.SharedKeys[KeyId] = "")));
        Assert.Contains(nameof(TwilioRequestValidationOptions.SharedKeys), exception.Message);
    }
}
