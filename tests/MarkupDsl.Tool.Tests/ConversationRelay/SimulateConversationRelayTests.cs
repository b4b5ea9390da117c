using System;
using System.IO;
using System.Linq;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace MarkupDsl.Tool.Tests.ConversationRelay;

/// <summary>
/// <c>markupdsl simulate --conversation-relay</c> against an app on loopback that behaves, and one that misbehaves
/// in each way the simulator must catch, with the exact failure it prints.
/// </summary>
public sealed class SimulateConversationRelayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("markupdsl-relay-").FullName;

    [Theory(Timeout = 60_000)]
    [InlineData("twilio")]
    [InlineData("telnyx")]
    public async Task The_default_script_against_a_well_behaved_agent_passes_and_prints_each_reply(string provider)
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.ConverseAsync(delayMs: 40));

        (int exitCode, string output, string error) = await RunAsync(app, provider);

        Assert.True(exitCode == 0, output + error);
        string[] lines = output.Split('\n');
        Assert.Matches(@"^reply 1  say Hello there: first token \d+\.\d ms, 4 tokens in \d+ ms, completed: ""You said: Hello there""$", lines.Single(line => line.StartsWith("reply 1 ", StringComparison.Ordinal)));
        Assert.Matches(@"^reply 2  say Tell me a long story about the sea \| interrupt after 2 tokens: first token \d+\.\d ms, 2 tokens in \d+ ms, interrupted: ""You said: ""$", lines.Single(line => line.StartsWith("reply 2 ", StringComparison.Ordinal)));
        Assert.Matches(@"^reply 3  dtmf 1: first token \d+\.\d ms, 3 tokens in \d+ ms, completed: ""You pressed 1\.""$", lines.Single(line => line.StartsWith("reply 3 ", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, line => line.StartsWith("failed", StringComparison.Ordinal));

        // What the app got: setup with the <Parameter> as a custom parameter, the prompts, the interrupt with what was spoken.
        JsonElement[] received = [.. app.Received];
        Assert.Equal(["setup", "prompt", "prompt", "prompt", "interrupt", "dtmf"], received.Select(message => message.GetProperty("type").GetString()));
        JsonElement setup = received[0];
        Assert.Equal("+15005550006", setup.GetProperty("customParameters").GetProperty("caller").GetString());
        Assert.Equal("You said: ", received[4].GetProperty("utteranceUntilInterrupt").GetString());
        Assert.Equal(JsonValueKind.Number, received[4].GetProperty("durationUntilInterruptMs").ValueKind);
        if (provider == "telnyx")
        {
            Assert.Equal(setup.GetProperty("callSid").GetString(), setup.GetProperty("callControlId").GetString());
            Assert.True(Guid.TryParse(setup.GetProperty("callSessionId").GetString(), out _));
            Assert.True(Guid.TryParse(setup.GetProperty("callLegId").GetString(), out _));
            Assert.False(setup.TryGetProperty("parentCallSid", out _));
        }
        else
        {
            Assert.Matches("^VX[0-9a-f]{32}$", setup.GetProperty("sessionId").GetString());
            Assert.False(setup.TryGetProperty("callControlId", out _));
        }

        // The session ended with the caller hanging up, and <Connect action> heard of it.
        Assert.Equal("completed", Assert.Single(app.Handoffs)["SessionStatus"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task Key_0_ends_the_session_and_the_handoff_data_reaches_the_connect_action()
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.ConverseAsync(delayMs: 0));

        (int exitCode, string output, string error) = await RunAsync(app, "twilio", "dtmf 0\nexpect end");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("\nend      handoffData {\"reason\":\"operator\"}\n", output);
        var handoff = Assert.Single(app.Handoffs);
        Assert.Equal(("ended", """{"reason":"operator"}"""), (handoff["SessionStatus"].ToString(), handoff["HandoffData"].ToString()));
        Assert.Contains("<-  <?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say>Goodbye.</Say></Response>", output);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_token_after_the_interrupt_fails()
    {
        // Busy speaking, it reads nothing until its reply is done.
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.AnswerEachPromptAsync(_ => peer.ReplyAsync("one two three", delayMs: 60)));

        (int exitCode, string output, _) = await RunAsync(app, "twilio", "say Count | interrupt after 1 token");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"\nfailed   text token ""two "" \d+\.\d ms after the interrupt: the interrupted reply goes on\n", output);
        Assert.Matches(@"\nfailed   text token ""three"" \d+\.\d ms after the interrupt: the interrupted reply goes on\n", output);
    }

    [Theory(Timeout = 60_000)]
    [InlineData("""{"type":"speak","text":"Hi"}""", "unknown type 'speak'")]
    [InlineData("""{"type":"text","token":"Hi","last":true,"voice":"x"}""", "text: unknown field 'voice' (a text message has token, last, lang, interruptible, preemptible)")]
    [InlineData("""{"type":"text","token":"Hi","last":"yes"}""", "text: 'last' must be true or false, not \"yes\"")]
    [InlineData("""{"type":"text","token":"Hi" """, "not JSON (")]
    public async Task A_message_the_provider_would_reject_fails_and_is_answered_with_an_error(string bad, string reason)
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.AnswerEachPromptAsync(async _ =>
        {
            await peer.SendAsync(bad);
            await peer.ReplyAsync("Fine.");
        }));

        (int exitCode, string output, _) = await RunAsync(app, "twilio", "say Hello");

        Assert.Equal(1, exitCode);
        Assert.Contains($"\nfailed   {reason}", output);
        Assert.Contains("completed: \"Fine.\"", output);
        JsonElement errorMessage = app.Received.Single(message => message.GetProperty("type").GetString() == "error");
        Assert.StartsWith($"64107: {reason}", errorMessage.GetProperty("description").GetString());
    }

    [Fact(Timeout = 60_000)]
    public async Task Telnyx_closes_the_socket_after_10_invalid_frames_in_a_row()
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.AnswerEachPromptAsync(async _ =>
        {
            for (int i = 0; i < 10; i++)
            {
                await peer.SendAsync($$"""{"type":"text","token":{{i}}}""");
            }
        }));

        (int exitCode, string output, _) = await RunAsync(app, "telnyx", "say Hello\nsay Again");

        Assert.Equal(1, exitCode);
        Assert.Equal(10, output.Split('\n').Count(line => line.StartsWith("failed   text: 'token' must be a string, not ", StringComparison.Ordinal)));
        Assert.Contains("\nfailed   10 invalid frames in a row: Telnyx closes the WebSocket\n", output);
        Assert.Contains("\nfailed   the WebSocket closed before script.txt(2) 'say Again'\n", output);
        Assert.DoesNotContain("failed   the connection broke", output);
        Assert.All(app.Received.Where(message => message.GetProperty("type").GetString() == "error"),
            error => Assert.StartsWith("Invalid message: text: 'token' must be a string", error.GetProperty("description").GetString()));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_reply_without_last_fails_after_the_reply_timeout()
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.AnswerEachPromptAsync(_ => peer.ReplyAsync("Never done", markLast: false)));

        (int exitCode, string output, _) = await RunAsync(app, "telnyx", "say Hello", "--reply-timeout-ms", "400");

        Assert.Equal(1, exitCode);
        Assert.Contains("\nfailed   the reply to line 1 'say Hello' sent 2 token(s) (\"Never done\") but no last: true within 400 ms\n", output);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_app_that_ends_early_fails_the_rest_of_the_script()
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.ConverseAsync(delayMs: 0));

        (int exitCode, string output, _) = await RunAsync(app, "twilio", "dtmf 0\nsay Are you there");

        Assert.Equal(1, exitCode);
        Assert.Contains("\nfailed   the app ended the session before script.txt(2) 'say Are you there'\n", output);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_app_that_vanishes_mid_session_fails()
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.ReceiveAsync();
            peer.Socket.Abort();
        });

        (int exitCode, string output, _) = await RunAsync(app, "twilio", "say Hello\nsay Again");

        Assert.Equal(1, exitCode);
        Assert.Contains("\nfailed   the WebSocket closed before script.txt(2) 'say Again'\n", output);
        Assert.Contains("\nfailed   no reply to line 1 'say Hello': the WebSocket closed\n", output);
        Assert.Contains("\nfailed   the connection broke: ", output);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_app_that_fails_and_closes_with_1011_fails()
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(async peer =>
        {
            await peer.ReceiveAsync();
            await peer.Socket.CloseOutputAsync(WebSocketCloseStatus.InternalServerError, "boom", CancellationToken.None);
        });

        (int exitCode, string output, _) = await RunAsync(app, "telnyx", "say Hello");

        Assert.Equal(1, exitCode);
        Assert.Contains("\nfailed   no reply to line 1 'say Hello': the WebSocket closed\n", output);
        Assert.Contains("\nfailed   the app closed the WebSocket with 1011 (boom)\n", output);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_wss_url_is_opened_directly_without_a_webhook()
    {
        await using RelayTestApp app = await RelayTestApp.StartAsync(peer => peer.ConverseAsync(delayMs: 0));
        var socket = new UriBuilder(new Uri(app.Address, "relay")) { Scheme = "wss" }.Uri;

        (int exitCode, string output, string error) = await ToolRunner.RunAsync(
            "simulate", socket.ToString(), "--conversation-relay", "--provider", "twilio", "--auth-token", RelayTestApp.AuthToken, "--insecure", "--script", Script("say Hi"), "--parameter", "caller=+15550001111", "--parameter", "note=a=b");

        Assert.True(exitCode == 0, output + error);
        Assert.Contains("completed: \"You said: Hi\"", output);
        Assert.Empty(app.Handoffs);
        Assert.Equal(
            ["caller=+15550001111", "note=a=b"],
            app.Received.First().GetProperty("customParameters").EnumerateObject().Select(parameter => $"{parameter.Name}={parameter.Value.GetString()}"));
    }

    [Theory]
    [InlineData(new[] { "wss://localhost/relay" }, "'wss://localhost/relay' is a WebSocket URL: give the voice webhook, or add --conversation-relay.")]
    [InlineData(new[] { "https://localhost/voice", "--script", "s.txt" }, "--script, --reply-timeout-ms and --parameter go with --conversation-relay.")]
    [InlineData(new[] { "https://localhost/voice", "--conversation-relay", "--parameter", "caller" }, "--parameter 'caller' is not NAME=VALUE.")]
    [InlineData(new[] { "https://localhost/voice", "--conversation-relay", "--dtmf", "1" }, "--dtmf is for Media Streams, not --conversation-relay (the script holds the caller's turns).")]
    [InlineData(new[] { "https://localhost/voice", "--conversation-relay", "--provider", "signalwire" }, "--conversation-relay is Twilio's and Telnyx's: --provider twilio or telnyx.")]
    public async Task Options_that_do_not_go_together_are_refused(string[] args, string expected)
    {
        (int exitCode, _, string error) = await ToolRunner.RunAsync(["simulate", .. args]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task A_script_line_that_is_not_a_turn_is_refused_with_its_file_and_line()
    {
        (int exitCode, _, string error) = await ToolRunner.RunAsync(
            "simulate", "https://localhost/voice", "--conversation-relay", "--script", Script("say Hi\nsing Hi"));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("script.txt(2): 'sing Hi' is not a turn", error);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(RelayTestApp app, string provider, string? script = null, params string[] more) =>
        ToolRunner.RunAsync([
            "simulate", new Uri(app.Address, provider).ToString(), "--conversation-relay", "--provider", provider,
            "--auth-token", RelayTestApp.AuthToken, "--insecure", .. script is null ? Array.Empty<string>() : ["--script", Script(script)], .. more]);

    private string Script(string text)
    {
        string path = Path.Combine(_folder, "script.txt");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
