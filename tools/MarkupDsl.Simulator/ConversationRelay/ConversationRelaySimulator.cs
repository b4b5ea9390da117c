using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>
/// Plays the provider's side of a ConversationRelay session: POSTs the voice webhook, follows the answer's
/// <c>&lt;Connect&gt;&lt;ConversationRelay&gt;</c> (or opens a <c>wss://</c> URL given directly), opens the WebSocket
/// with the provider's credentials, sends <c>setup</c>, plays a <see cref="RelayScript"/> of caller turns, checks
/// every message of the app strictly, and after the session POSTs the <c>&lt;Connect action&gt;</c> with the
/// <c>end</c> message's <c>HandoffData</c>.
/// </summary>
public sealed class ConversationRelaySimulator : IDisposable
{
    private readonly ConversationRelaySimulatorOptions _options;
    private readonly ProviderConnections _connections;

    /// <summary>Prepares sessions with one set of options.</summary>
    /// <param name="options">Provider, credentials, trust, timeouts.</param>
    /// <exception cref="ArgumentException">The options do not go together (see <see cref="ConversationRelaySimulatorOptions.Validate"/>).</exception>
    public ConversationRelaySimulator(ConversationRelaySimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _connections = new ProviderConnections(options.Call);
    }

    /// <summary>Runs one session.</summary>
    /// <param name="url">The app's voice webhook (<c>http(s)://</c>), or its ConversationRelay WebSocket (<c>ws(s)://</c>).</param>
    /// <param name="script">The caller's turns.</param>
    /// <param name="timeline">Told of each message as it goes or comes, from one thread at a time.</param>
    /// <param name="cancellationToken">Abandons the session.</param>
    /// <returns>What happened; <see cref="RelayReport.Failures"/> lists what a provider would reject.</returns>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http(s) or ws(s) URL.</exception>
    /// <exception cref="HttpRequestException">A webhook failed, or the server's certificate is not trusted.</exception>
    /// <exception cref="Markup.MarkupParseException">The answer breaks its dialect's schemas.</exception>
    /// <exception cref="InvalidDataException">The answer has no <c>&lt;Connect&gt;&lt;ConversationRelay&gt;</c>.</exception>
    /// <exception cref="WebSocketException">The WebSocket could not be opened.</exception>
    public async Task<RelayReport> RunAsync(Uri url, RelayScript script, Action<TimelineEntry>? timeline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(script);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https" or "ws" or "wss"))
        {
            throw new ArgumentException($"'{url}' is not an absolute http(s):// webhook or ws(s):// WebSocket URL.", nameof(url));
        }

        long started = Stopwatch.GetTimestamp();
        void Log(string direction, string text) => timeline?.Invoke(new TimelineEntry(Stopwatch.GetElapsedTime(started), direction, text));
        CallOptions call = _options.Call;
        var session = RelayCall.New(call.Provider);
        RelayInstruction instruction;
        if (url.Scheme is "ws" or "wss")
        {
            instruction = new RelayInstruction(url, new Dictionary<string, string>(), null, null);
        }
        else
        {
            Log("->", $"POST {url} (CallSid {session.Call.CallSid}, From {call.From}, To {call.To}){(call.AuthToken is null ? "" : ", signed")}");
            string markup = await ProviderWebhook.PostAsync(_connections.Http, url, session.Call, call, cancellationToken);
            instruction = RelayInstruction.Parse(markup, call.Provider, url);
            Log("<-", $"ConversationRelay to {instruction.Url}"
                + (instruction.Parameters.Count == 0 ? "" : " with " + string.Join(", ", instruction.Parameters.Select(p => $"{p.Key}={p.Value}")))
                + (instruction.Action is { } action ? $", then {action}" : ""));
            if (instruction.WelcomeGreeting is { } greeting)
            {
                Log("  ", $"speaks the welcome greeting \"{greeting}\"");
            }
        }

        using var socket = new ClientWebSocket();
        foreach ((string name, string value) in ProviderWebhook.UpgradeHeaders(instruction.Url, null, call))
        {
            socket.Options.SetRequestHeader(name, value);
        }

        await _connections.ConnectAsync(socket, instruction.Url, cancellationToken);
        Log("  ", "WebSocket open");
        var conversation = new RelayConversation(socket, _options, session, Log);
        var parameters = new Dictionary<string, string>(instruction.Parameters, StringComparer.Ordinal);
        foreach ((string name, string value) in _options.Parameters)
        {
            parameters[name] = value;
        }

        RelayConversation.Outcome outcome = await conversation.RunAsync(parameters, script, cancellationToken);

        string? answer = null;
        if (instruction.Action is { } next)
        {
            answer = await PostActionAsync(next, session, outcome, Stopwatch.GetElapsedTime(started), Log, cancellationToken);
        }

        return new RelayReport(session.SessionId, outcome.Replies, outcome.Failures, outcome.Ended, outcome.HandoffData, answer, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// Tells the <c>&lt;Connect action&gt;</c> how the session ended, as Twilio does: the call's fields with
    /// <c>SessionId</c>, <c>SessionStatus</c>, <c>SessionDuration</c> and the <c>end</c> message's <c>HandoffData</c>.
    /// </summary>
    private async Task<string> PostActionAsync(Uri action, RelayCall session, RelayConversation.Outcome outcome, TimeSpan elapsed, Action<string, string> log, CancellationToken cancellationToken)
    {
        Dictionary<string, string> form = ProviderWebhook.Form(session.Call, _options.Call);
        form["CallStatus"] = "in-progress";
        form["SessionId"] = session.SessionId;
        form["SessionStatus"] = outcome.Ended ? "ended" : "completed";
        form["SessionDuration"] = ((long)elapsed.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (outcome.HandoffData is { } data)
        {
            form["HandoffData"] = data;
        }

        log("->", $"POST {action} (SessionStatus {form["SessionStatus"]}{(outcome.HandoffData is null ? "" : ", HandoffData " + outcome.HandoffData)})");
        string answer = await ProviderWebhook.PostFormAsync(_connections.Http, action, form, _options.Call, cancellationToken);
        log("<-", answer.Length > 300 ? answer[..300] + "..." : answer);
        return answer;
    }

    /// <summary>Releases the connections.</summary>
    public void Dispose() => _connections.Dispose();
}
