using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using VoiceServer;

namespace MarkupDsl.Samples.Tests;

/// <summary>The voice server takes only requests signed with its auth token, on the webhook and on the stream.</summary>
public sealed class SignedRequestsTests
{
    private const int Timeout = 60_000;

    [Theory(Timeout = Timeout)]
    [InlineData(VoiceServerOptions.SampleAuthToken, HttpStatusCode.OK)]
    [InlineData("another-auth-token", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Forbidden)]
    public async Task The_webhook_answers_only_requests_signed_with_the_servers_auth_token(string? signingToken, HttpStatusCode expected)
    {
        await using VoiceServerHost server = await StartAsync();
        var webhook = new Uri(server.BaseAddress, "voice");
        var form = new Dictionary<string, string> { ["CallSid"] = "CA1", ["From"] = "+15005550006", ["To"] = "+15005550001" };
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new FormUrlEncodedContent(form) };
        if (signingToken is not null)
        {
            request.Headers.Add(TwilioSignature.HeaderName, TwilioSignature.Compute(
                signingToken, webhook.ToString(), form.Select(field => KeyValuePair.Create(field.Key, new StringValues(field.Value)))));
        }

        using var http = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => IsServers(server, certificate) });
        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact(Timeout = Timeout)]
    public async Task An_unsigned_stream_upgrade_is_refused_with_403()
    {
        await using VoiceServerHost server = await StartAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) => IsServers(server, certificate);

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new Uri($"wss://{server.BaseAddress.Authority}/media"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private static Task<VoiceServerHost> StartAsync() =>
        VoiceServerHost.StartAsync(new VoiceServerOptions { RecordingsDirectory = Path.GetTempPath(), MinimumLogLevel = LogLevel.Critical });

    private static bool IsServers(VoiceServerHost server, X509Certificate? certificate) =>
        certificate is not null && certificate.GetCertHashString() == server.Certificate.GetCertHashString();
}
