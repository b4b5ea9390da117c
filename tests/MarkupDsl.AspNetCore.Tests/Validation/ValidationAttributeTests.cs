using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>Each provider's MVC attribute checks with that provider's validator, in an app that registers all three.</summary>
public sealed class ValidationAttributeTests
{
    private static Task<WebApplication> StartAsync(RecordingLoggerProvider logs) => TestApp.StartAsync(_ => { }, logs, addServices: services =>
    {
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(long.Parse(TelnyxSignatureTests.Timestamp))));
        services.AddSignalWireRequestValidation().Configure(o => o.SigningKey = "signalwire-key");
        services.AddTelnyxRequestValidation().Configure(o => o.PublicKey = Convert.ToBase64String(TelnyxSignatureTests.PublicKey));
    });

    [Theory]
    [InlineData("/mvc/signalwire", typeof(SignalWireRequestValidator))]
    [InlineData("/mvc/telnyx", typeof(TelnyxRequestValidator))]
    [InlineData("/mvc/webhook", typeof(TwilioRequestValidator))]
    public async Task An_unsigned_request_is_refused_by_its_providers_validator(string path, Type validator)
    {
        var logs = new RecordingLoggerProvider();
        await using var app = await StartAsync(logs);

        var response = await app.GetTestClient().PostAsync(path, new StringContent("Digits=1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(validator.FullName, Assert.Single(logs.Entries).Category);
    }

    [Fact]
    public async Task A_webhook_signed_by_telnyx_reaches_the_action()
    {
        await using var app = await StartAsync(new RecordingLoggerProvider());
        var request = new HttpRequestMessage(HttpMethod.Post, "/mvc/telnyx") { Content = new StringContent(TelnyxSignatureTests.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelnyxSignature.TimestampHeaderName, TelnyxSignatureTests.Timestamp);
        request.Headers.Add(TelnyxSignature.SignatureHeaderName, TelnyxSignatureTests.Sign(TelnyxSignatureTests.Timestamp, TelnyxSignatureTests.Body));

        var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Say>Telnyx</Say>", await response.Content.ReadAsStringAsync());
    }
}
