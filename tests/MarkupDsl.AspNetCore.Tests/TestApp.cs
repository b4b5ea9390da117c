using System;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkupDsl.AspNetCore.Tests;

/// <summary>A web application on the in-memory test server, with this assembly's controllers, Twilio validation and what a test adds.</summary>
internal static class TestApp
{
    /// <summary>The auth token of Twilio's documented signature example.</summary>
    public const string AuthToken = "12345";

    public static async Task<WebApplication> StartAsync(
        Action<WebApplication> mapEndpoints, RecordingLoggerProvider? logs = null, string authToken = AuthToken, Action<IServiceCollection>? addServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }
        builder.Services.AddTwilioRequestValidation().Configure(options => options.AuthToken = authToken);
        builder.Services.AddControllers().AddApplicationPart(typeof(TestApp).Assembly);
        addServices?.Invoke(builder.Services);

        var app = builder.Build();
        // As behind a proxy that terminates TLS: the scheme and host Twilio requested come in X-Forwarded-* headers.
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        app.UseForwardedHeaders(forwarded);
        app.MapControllers();
        mapEndpoints(app);
        await app.StartAsync();
        return app;
    }
}
