using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using TwilioSimulator;
using VoiceServer;

namespace MarkupDsl.Samples.Tests;

/// <summary>The voice server takes only requests signed with its auth token, on the webhook and on the stream.</summary>
public sealed class SignedRequestsTests
{
    private const int Timeout = 60_000;

    [Fact(Timeout = Timeout)]
    public async Task A_simulator_signing_with_another_auth_token_is_refused_at_the_webhook()
    {
        await using VoiceServerHost server = await StartAsync();

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => Simulation.RunAsync(
            new SimulatorOptions { Server = server.BaseAddress, Pin = Pin(server), AuthToken = "another-token", Speed = 20 },
            TextWriter.Null));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
    }

    [Fact(Timeout = Timeout)]
    public async Task An_unsigned_stream_upgrade_is_refused_with_403()
    {
        await using VoiceServerHost server = await StartAsync();
        CertificatePin pin = Pin(server);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, errors) => pin.Accepts(certificate, errors);

        await Assert.ThrowsAsync<WebSocketException>(() =>
            socket.ConnectAsync(new Uri($"wss://{server.BaseAddress.Authority}/media"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private static Task<VoiceServerHost> StartAsync() =>
        VoiceServerHost.StartAsync(new VoiceServerOptions { RecordingsDirectory = Path.GetTempPath(), MinimumLogLevel = LogLevel.Critical });

    private static CertificatePin Pin(VoiceServerHost server) =>
        CertificatePin.Parse(server.Certificate.GetCertHashString(HashAlgorithmName.SHA256));
}
