using System;
using System.Linq;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkupDsl.Tool.Tests;

/// <summary>The in-test apps' host: HTTPS on a free loopback port with the sample's self-signed certificate, Twilio's validation keyed by <paramref name="authToken"/>.</summary>
internal static class LoopbackApp
{
    public static WebApplication Build(string authToken)
    {
        X509Certificate2 certificate = VoiceServer.SelfSignedCertificate.Create();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Services.AddTwilioRequestValidation().Configure(options => options.AuthToken = authToken);
        WebApplication app = builder.Build();
        app.UseWebSockets();
        return app;
    }

    /// <summary>The started app's address, ending with <c>/</c>.</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");
}
