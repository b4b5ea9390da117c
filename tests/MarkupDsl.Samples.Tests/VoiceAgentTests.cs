extern alias VoiceAgentSample;

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using MarkupDsl.Simulator;
using MarkupDsl.Simulator.ConversationRelay;
using Microsoft.Extensions.Logging;
using VoiceAgentSample::VoiceAgent;

namespace MarkupDsl.Samples.Tests;

/// <summary>
/// samples/VoiceAgent driven by the simulated Twilio over real HTTPS and <c>wss://</c> on loopback: the behaviour the
/// issue promises (replies, interrupt, keys, hand-off, the caller logged), with every app message checked strictly.
/// </summary>
public sealed class VoiceAgentTests : IAsyncLifetime
{
    private const int Timeout = 60_000;

    private readonly ConcurrentQueue<string> _logs = new();
    private VoiceAgentHost _agent = null!;

    public async Task InitializeAsync() => _agent = await VoiceAgentHost.StartAsync(new VoiceAgentOptions
    {
        TokenDelay = TimeSpan.FromMilliseconds(40),
        MinimumLogLevel = LogLevel.Information,
        ConfigureLogging = logging => logging.ClearProviders().AddProvider(new ListLoggerProvider(_logs)),
    });

    public async Task DisposeAsync() => await _agent.DisposeAsync();

    [Fact(Timeout = Timeout)]
    public async Task A_final_prompt_is_answered_word_by_word_with_you_said()
    {
        (RelayReport report, List<TimelineEntry> timeline) = await RunAsync("partial Hello\nsay Hello there, agent");

        Assert.Empty(report.Failures);
        RelayReply reply = Assert.Single(report.Replies);
        Assert.Equal(["You ", "said: ", "Hello ", "there, ", "agent"], reply.Tokens);
        Assert.Equal(RelayReplyOutcome.Completed, reply.Outcome);
        Assert.Equal("You said: Hello there, agent", reply.Text);

        // Paced like a model: four pauses of 40 ms between five tokens (less the first token's delivery jitter),
        // where an unpaced stream takes a millisecond or two.
        Assert.InRange(reply.Duration, TimeSpan.FromMilliseconds(120), TimeSpan.FromSeconds(5));
        Assert.Contains(timeline, entry => entry.Text == "speaks the welcome greeting \"Hello! I repeat what you say. Press 0 for an operator.\"");
        Assert.Contains(timeline, entry => entry.Text.StartsWith("ConversationRelay to wss://", StringComparison.Ordinal) && entry.Text.Contains("/relay with caller=+15005550006, then https://", StringComparison.Ordinal));
    }

    [Fact(Timeout = Timeout)]
    public async Task An_interrupt_stops_the_reply_at_once_and_the_next_prompt_is_answered()
    {
        (RelayReport report, _) = await RunAsync("say Tell me everything you know about the sea | interrupt after 3 tokens\nsay Stop");

        // No token of the interrupted reply came after the interrupt (the simulator fails any), and the next one is whole.
        Assert.Empty(report.Failures);
        Assert.Equal(2, report.Replies.Count);
        Assert.Equal((RelayReplyOutcome.Interrupted, "You said: Tell "), (report.Replies[0].Outcome, report.Replies[0].Text));
        Assert.Equal((RelayReplyOutcome.Completed, "You said: Stop"), (report.Replies[1].Outcome, report.Replies[1].Text));
    }

    [Fact(Timeout = Timeout)]
    public async Task A_key_other_than_0_is_answered_you_pressed()
    {
        (RelayReport report, _) = await RunAsync("dtmf 7\ndtmf #");

        Assert.Empty(report.Failures);
        Assert.Equal(["You pressed 7.", "You pressed #."], report.Replies.Select(reply => reply.Text));
        Assert.False(report.Ended);
        Assert.Contains("Thank you for calling. Goodbye.", report.ActionAnswer);
    }

    [Fact(Timeout = Timeout)]
    public async Task Key_0_ends_the_session_with_the_operator_handoff_and_handoff_says_goodbye()
    {
        (RelayReport report, _) = await RunAsync("say Hi\ndtmf 0\nexpect end");

        Assert.Empty(report.Failures);
        Assert.True(report.Ended);
        Assert.Equal("""{"reason":"operator"}""", report.HandoffData);
        Assert.Equal(
            """<?xml version="1.0" encoding="UTF-8"?><Response><Say>An operator would take your call now. Goodbye.</Say></Response>""",
            report.ActionAnswer);
    }

    [Fact(Timeout = Timeout)]
    public async Task The_caller_is_logged_with_the_session_id()
    {
        (RelayReport report, _) = await RunAsync("say Hi");

        Assert.Empty(report.Failures);
        Assert.Contains($"Session {report.SessionId}: caller +15005550006", _logs);
    }

    [Fact(Timeout = Timeout)]
    public async Task Telnyx_form_sessions_get_the_same_answers()
    {
        var relay = new UriBuilder(new Uri(_agent.BaseAddress, "relay")) { Scheme = "wss" }.Uri;
        var timeline = new List<TimelineEntry>();
        using var simulator = new ConversationRelaySimulator(new ConversationRelaySimulatorOptions
        {
            Call = Call(VoiceAgentOptions.SampleAuthToken) with { Provider = MediaStreamProvider.Telnyx },
            Parameters = new Dictionary<string, string> { ["caller"] = "+15550002222" },
        });

        RelayReport report = await simulator.RunAsync(relay, RelayScript.Parse("say Hola | interrupt after 2 tokens\nsay Hello\ndtmf 3\ndtmf 0\nexpect end", "test"), timeline.Add);

        Assert.True(report.Failures.Count == 0, string.Join('\n', timeline));
        Assert.Equal(
            [(RelayReplyOutcome.Interrupted, "You said: "), (RelayReplyOutcome.Completed, "You said: Hello"), (RelayReplyOutcome.Completed, "You pressed 3.")],
            report.Replies.Select(reply => (reply.Outcome, reply.Text)));
        Assert.Equal("""{"reason":"operator"}""", report.HandoffData);
        Assert.Contains($"Session {report.SessionId}: caller +15550002222", _logs);
    }

    [Fact(Timeout = Timeout)]
    public async Task An_unsigned_webhook_is_refused_with_403()
    {
        using var simulator = new ConversationRelaySimulator(new ConversationRelaySimulatorOptions { Call = Call(authToken: null) });

        HttpRequestException refused = await Assert.ThrowsAsync<HttpRequestException>(() => simulator.RunAsync(new Uri(_agent.BaseAddress, "voice"), RelayScript.Default));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<(RelayReport Report, List<TimelineEntry> Timeline)> RunAsync(string script)
    {
        var timeline = new List<TimelineEntry>();
        using var simulator = new ConversationRelaySimulator(new ConversationRelaySimulatorOptions { Call = Call(VoiceAgentOptions.SampleAuthToken) });
        RelayReport report = await simulator.RunAsync(new Uri(_agent.BaseAddress, "voice"), RelayScript.Parse(script, "test"), timeline.Add);
        Assert.True(report.Failures.Count == 0, string.Join('\n', timeline));
        return (report, timeline);
    }

    private CallOptions Call(string? authToken) => new()
    {
        Provider = MediaStreamProvider.Twilio,
        AuthToken = authToken,
        Pin = CertificatePin.Of(_agent.Certificate),
    };

    /// <summary>Keeps each log line's message, to check what the app logged.</summary>
    private sealed class ListLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
