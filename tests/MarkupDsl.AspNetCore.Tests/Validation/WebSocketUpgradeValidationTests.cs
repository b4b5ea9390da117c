using System;
using System.Linq;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>The Media Streams upgrade is signed over its <c>wss://</c> URL with no parameters.</summary>
public sealed class WebSocketUpgradeValidationTests
{
    private const string StreamUrl = "wss://mycompany.com/media?call=CA123";

    private static readonly string Signature = TwilioSignature.Compute(TestApp.AuthToken, StreamUrl, []);

    private static (TwilioRequestValidator Validator, RecordingLoggerProvider Logs) CreateValidator()
    {
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs));
        services.AddTwilioRequestValidation().Configure(options => options.AuthToken = TestApp.AuthToken);
        return (services.BuildServiceProvider().GetRequiredService<TwilioRequestValidator>(), logs);
    }

    private static HttpRequest Upgrade(string scheme, string host, string path, string query, string? signature)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = "GET";
        request.Scheme = scheme;
        request.Host = new HostString(host);
        request.Path = path;
        request.QueryString = new QueryString(query);
        if (signature is not null)
        {
            request.Headers[TwilioSignature.HeaderName] = signature;
        }
        return request;
    }

    [Fact]
    public void An_upgrade_signed_over_its_wss_url_is_valid()
    {
        var (validator, logs) = CreateValidator();
        Assert.True(validator.IsValidWebSocketUpgrade(Upgrade("https", "mycompany.com", "/media", "?call=CA123", Signature)));
        Assert.Empty(logs.Entries);
    }

    [Theory]
    [InlineData("http", "mycompany.com", "/media", "?call=CA123")]
    [InlineData("https", "evil.example", "/media", "?call=CA123")]
    [InlineData("https", "mycompany.com", "/other", "?call=CA123")]
    [InlineData("https", "mycompany.com", "/media", "?call=CA124")]
    public void A_tampered_upgrade_is_refused_with_a_log_line(string scheme, string host, string path, string query)
    {
        var (validator, logs) = CreateValidator();

        Assert.False(validator.IsValidWebSocketUpgrade(Upgrade(scheme, host, path, query, Signature)));

        string ws = scheme == "https" ? "wss" : "ws";
        Assert.Equal($"Rejected GET {ws}://{host}{path}{query} with 403: the signature does not match the URL and parameters.", logs.Entries.Single().Message);
    }

    [Fact]
    public void An_unsigned_upgrade_is_refused() =>
        Assert.False(CreateValidator().Validator.IsValidWebSocketUpgrade(Upgrade("https", "mycompany.com", "/media", "?call=CA123", null)));

    [Fact]
    public void A_null_request_is_refused_naming_the_parameter() =>
        Assert.Equal("request", Assert.Throws<ArgumentNullException>(() => CreateValidator().Validator.IsValidWebSocketUpgrade(null!)).ParamName);
}
