using System;
using System.Linq;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkupDsl.AspNetCore.Tests.Validation;

/// <summary>A stream upgrade, <c>GET wss://example.com/media</c>, put to a provider's validator.</summary>
internal static class UpgradeRequest
{
    public const string RejectedPrefix = "Rejected GET wss://example.com/media with 403: ";

    /// <summary>Checks the upgrade, carrying one header when <paramref name="value"/> is given, with the validator <paramref name="register"/> adds.</summary>
    /// <returns>The verdict and the log lines written.</returns>
    public static (bool Valid, string[] Logs) Check<TValidator>(Action<IServiceCollection> register, string header, string? value)
        where TValidator : ProviderRequestValidator
    {
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logs));
        register(services);
        var validator = services.BuildServiceProvider().GetRequiredService<TValidator>();
        var request = new DefaultHttpContext().Request;
        request.Method = "GET";
        request.Scheme = "https";
        request.Host = new HostString("example.com");
        request.Path = "/media";
        if (value is not null)
        {
            request.Headers[header] = value;
        }

        return (validator.IsValidWebSocketUpgrade(request), [.. logs.Entries.Select(entry => entry.Message)]);
    }
}
