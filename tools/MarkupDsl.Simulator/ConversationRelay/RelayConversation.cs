using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>
/// One open ConversationRelay WebSocket, as the provider runs it: sends <c>setup</c>, plays the script's turns one
/// after the other, and checks each message of the app as it comes. A receive loop only reads frames into a
/// channel; everything else (sending, checking, the replies' state) happens on the script's one flow, in order.
/// </summary>
internal sealed class RelayConversation
{
    /// <summary>Telnyx closes the socket after this many invalid frames in a row.</summary>
    private const int TelnyxInvalidLimit = 10;

    private readonly WebSocket _socket;
    private readonly ConversationRelaySimulatorOptions _options;
    private readonly RelayCall _session;
    private readonly Action<string, string> _log;
    private readonly RelayMessageWriter _writer;
    private readonly Channel<Incoming> _incoming = Channel.CreateUnbounded<Incoming>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly List<RelayReply> _replies = [];
    private readonly List<string> _failures = [];
    private Reply? _reply;
    private long? _interruptedAt;
    private int _invalidInARow;
    private bool _ended;
    private string? _handoffData;
    private WebSocketCloseStatus? _closedByApp;
    private string? _closeDescription;
    private string? _broken;
    private bool _closedByProvider;

    public RelayConversation(WebSocket socket, ConversationRelaySimulatorOptions options, RelayCall session, Action<string, string> log)
    {
        _socket = socket;
        _options = options;
        _session = session;
        _log = log;
        _writer = new RelayMessageWriter(options.Call.Provider);
    }

    /// <summary>How the session went.</summary>
    public sealed record Outcome(IReadOnlyList<RelayReply> Replies, IReadOnlyList<string> Failures, bool Ended, string? HandoffData);

    private MediaStreamProvider Provider => _options.Call.Provider;

    private bool Over => _ended || _closedByApp is not null || _closedByProvider;

    public async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> parameters, RelayScript script, CancellationToken cancellationToken)
    {
        Task receiving = ReceiveAsync();
        try
        {
            _writer.WriteSetup(_session, _options.Call.From, _options.Call.To, parameters);
            await SendAsync($"setup (sessionId {_session.SessionId}{(parameters.Count == 0 ? "" : ", customParameters " + string.Join(", ", parameters.Select(p => $"{p.Key}={p.Value}")))})", cancellationToken);
            foreach (RelayTurn turn in script.Turns)
            {
                if (Over)
                {
                    if (turn.Kind != RelayTurnKind.ExpectEnd)
                    {
                        Fail($"{(_ended ? "the app ended the session" : "the WebSocket closed")} before {script.Name}({turn.Line}) '{turn}'");
                    }

                    break;
                }

                await PlayAsync(turn, cancellationToken);
            }

            // Messages still on their way: a late token, a stray end.
            await PumpAsync(() => Over, _options.Watch, cancellationToken);
            FinishReply(RelayReplyOutcome.Unfinished);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, _ended ? "session ended" : "call ended", cancellationToken);
                _log("->", $"close 1000 ({(_ended ? "after end" : "the caller hung up")})");
            }

            await receiving.WaitAsync(_options.ReplyTimeout, cancellationToken);
            while (_incoming.Reader.TryRead(out Incoming late))
            {
                await HandleAsync(late, cancellationToken);
            }
        }
        catch (TimeoutException)
        {
            Fail($"the app did not close the WebSocket within {_options.ReplyTimeout.TotalMilliseconds:0} ms of the provider's close");
            _socket.Abort();
        }
        catch (WebSocketException e)
        {
            Fail($"the WebSocket failed: {e.Message}");
        }

        if (_closedByProvider)
        {
            // Already failed: the provider gave up on the app.
        }
        else if (_broken is { } broken)
        {
            Fail($"the connection broke: {broken}");
        }
        else if (_closedByApp is { } status && !_ended && status != WebSocketCloseStatus.NormalClosure)
        {
            Fail($"the app closed the WebSocket with {(int)status}{(string.IsNullOrEmpty(_closeDescription) ? "" : $" ({_closeDescription})")}");
        }

        return new Outcome(_replies, _failures, _ended, _handoffData);
    }

    private async Task PlayAsync(RelayTurn turn, CancellationToken cancellationToken)
    {
        switch (turn.Kind)
        {
            case RelayTurnKind.Partial:
                _writer.WritePrompt(turn.Text, _options.Language, last: false);
                await SendTurnAsync(turn, $"prompt \"{turn.Text}\" (last: false)", cancellationToken);
                break;
            case RelayTurnKind.Say:
                _writer.WritePrompt(turn.Text, _options.Language, last: true);
                await SendTurnAsync(turn, $"prompt \"{turn.Text}\" (last: true)", cancellationToken);
                await AwaitReplyAsync(turn, required: true, cancellationToken);
                break;
            case RelayTurnKind.Dtmf:
                _writer.WriteDtmf(turn.Text);
                await SendTurnAsync(turn, $"dtmf {turn.Text}", cancellationToken);
                await AwaitReplyAsync(turn, required: false, cancellationToken);
                break;
            case RelayTurnKind.Wait:
                _log("  ", $"caller silent for {turn.Duration.TotalMilliseconds:0} ms");
                await PumpAsync(() => Over, turn.Duration, cancellationToken);
                break;
            default:
                if (!await PumpAsync(() => Over, _options.ReplyTimeout, cancellationToken))
                {
                    Fail($"the app did not send end within {_options.ReplyTimeout.TotalMilliseconds:0} ms ({turn})");
                }

                break;
        }
    }

    /// <summary>Sends a caller's turn; what the app sends from now on answers it.</summary>
    private async Task SendTurnAsync(RelayTurn turn, string description, CancellationToken cancellationToken)
    {
        FinishReply(RelayReplyOutcome.Unfinished);
        _interruptedAt = null;
        long sentAt = Stopwatch.GetTimestamp();
        await SendAsync(description, cancellationToken);
        if (turn.Kind != RelayTurnKind.Partial)
        {
            _reply = new Reply(turn.ToString(), sentAt, prompted: true);
        }
    }

    /// <summary>Reads the app's messages until the reply to <paramref name="turn"/> ends, interrupting it as the turn says.</summary>
    private async Task AwaitReplyAsync(RelayTurn turn, bool required, CancellationToken cancellationToken)
    {
        Reply reply = _reply!;
        bool Done() => Over || reply.Finished;
        if (turn.Interrupt is { } interrupt)
        {
            bool due = interrupt.Tokens is { } tokens
                ? await PumpAsync(() => Done() || reply.Tokens.Count >= tokens, _options.ReplyTimeout, cancellationToken) && !Done()
                : !await PumpAsync(Done, interrupt.After!.Value, cancellationToken);
            if (due)
            {
                long now = Stopwatch.GetTimestamp();
                long spoken = reply.FirstAt is { } first ? (long)Stopwatch.GetElapsedTime(first, now).TotalMilliseconds : 0;
                _writer.WriteInterrupt(reply.Text, spoken);
                await SendAsync($"interrupt after \"{reply.Text}\" ({spoken} ms spoken)", cancellationToken);
                _interruptedAt = now;
                FinishReply(RelayReplyOutcome.Interrupted);

                // Any token from here on belongs to the interrupted reply: the app must have stopped it.
                await PumpAsync(() => Over, _options.Watch, cancellationToken);
                return;
            }

            if (!Over && !reply.Finished)
            {
                Fail($"{(reply.Tokens.Count == 0 ? "no reply" : $"{reply.Tokens.Count} token(s) and no last: true")} to {Where(turn)} within {_options.ReplyTimeout.TotalMilliseconds:0} ms, so nothing to interrupt");
                return;
            }

            if (reply.Finished)
            {
                _log("  ", $"the reply ended before the interrupt was due ({interrupt})");
            }

            return;
        }

        if (await PumpAsync(Done, _options.ReplyTimeout, cancellationToken))
        {
            if (required && !_ended && !reply.Finished && reply.Tokens.Count == 0)
            {
                Fail($"no reply to {Where(turn)}: the WebSocket closed");
            }
        }
        else
        {
            if (reply.Tokens.Count > 0)
            {
                Fail($"the reply to {Where(turn)} sent {reply.Tokens.Count} token(s) (\"{reply.Text}\") but no last: true within {_options.ReplyTimeout.TotalMilliseconds:0} ms");
                FinishReply(RelayReplyOutcome.Unfinished);
            }
            else if (required)
            {
                Fail($"no reply to {Where(turn)} within {_options.ReplyTimeout.TotalMilliseconds:0} ms");
            }
            else
            {
                _log("  ", $"no reply to {turn} within {_options.ReplyTimeout.TotalMilliseconds:0} ms");
            }
        }
    }

    private static string Where(RelayTurn turn) => $"line {turn.Line} '{turn}'";

    /// <summary>Handles the app's messages until <paramref name="done"/> holds (true), or for <paramref name="time"/> (false), or until the socket closes.</summary>
    private async Task<bool> PumpAsync(Func<bool> done, TimeSpan time, CancellationToken cancellationToken)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency);
        while (!done())
        {
            if (_incoming.Reader.TryRead(out Incoming item))
            {
                await HandleAsync(item, cancellationToken);
                continue;
            }

            TimeSpan left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero || _incoming.Reader.Completion.IsCompleted)
            {
                return false;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(left);
            try
            {
                await _incoming.Reader.WaitToReadAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return done();
            }
        }

        return true;
    }

    /// <summary>Checks one message of the app against the protocol and the state of the conversation.</summary>
    private async Task HandleAsync(Incoming item, CancellationToken cancellationToken)
    {
        if (item.Broken && _closedByProvider)
        {
            return;
        }

        if (item.Broken)
        {
            _closedByApp = WebSocketCloseStatus.Empty;
            _broken = item.Text;
            _log("<-", $"the connection broke: {item.Text}");
            return;
        }

        if (item.Closed is { } status)
        {
            _closedByApp = status;
            _closeDescription = item.Text;
            _log("<-", $"close {(int)status}{(string.IsNullOrEmpty(item.Text) ? "" : $" ({item.Text})")}");
            return;
        }

        RelayAppMessage message = item.Binary ? new RelayAppMessage(null, null, false, null, "a binary frame; every message is JSON text") : RelayAppMessage.Read(item.Utf8, Provider);
        if (message.Error is { } error)
        {
            Fail($"{error}: {Shorten(item)}");
            await RespondWithErrorAsync(error, cancellationToken);
            return;
        }

        _invalidInARow = 0;
        if (_ended)
        {
            Fail($"{message.Type} after end: {Shorten(item)}");
            return;
        }

        switch (message.Type)
        {
            case "text":
                string token = message.Token!;
                if (_interruptedAt is { } interrupted && item.At < interrupted)
                {
                    // Sent before the app could have read the interrupt: the provider drops it with the reply.
                    _log("<-", $"text \"{token}\" (in flight at the interrupt, dropped)");
                    return;
                }

                if (_interruptedAt is { } late)
                {
                    Fail($"text token \"{token}\" {Stopwatch.GetElapsedTime(late, item.At).TotalMilliseconds:0.0} ms after the interrupt: the interrupted reply goes on");
                    return;
                }

                _reply ??= new Reply("(unprompted)", item.At, prompted: false);
                _reply.Add(token, item.At);
                string first = _reply.Tokens.Count == 1 && _reply.Prompted ? $", first token after {Stopwatch.GetElapsedTime(_reply.SentAt, item.At).TotalMilliseconds:0.0} ms" : "";
                _log("<-", $"text \"{token}\"{(message.Last ? " (last)" : "")}{first}");
                if (message.Last)
                {
                    FinishReply(RelayReplyOutcome.Completed);
                }

                break;
            case "end":
                _ended = true;
                _handoffData = message.Detail;
                _log("<-", message.Detail is null ? "end" : $"end (handoffData {message.Detail})");
                FinishReply(RelayReplyOutcome.Ended);
                break;
            default:
                _log("<-", $"{message.Type} {message.Detail}");
                break;
        }
    }

    /// <summary>Tells the app what was wrong, as the provider does, and counts Telnyx's invalid frames in a row.</summary>
    private async Task RespondWithErrorAsync(string problem, CancellationToken cancellationToken)
    {
        // Twilio reports an invalid message as error 64107; Telnyx's page shows "Invalid message: ..." descriptions.
        if (_socket.State == WebSocketState.Open)
        {
            _writer.WriteError(Provider == MediaStreamProvider.Telnyx ? $"Invalid message: {problem}" : $"64107: {problem}");
            await SendAsync("error", cancellationToken);
        }

        if (Provider == MediaStreamProvider.Telnyx && ++_invalidInARow == TelnyxInvalidLimit)
        {
            Fail($"{TelnyxInvalidLimit} invalid frames in a row: Telnyx closes the WebSocket");
            _closedByProvider = true;
            _socket.Abort();
        }
    }

    /// <summary>Moves the reply in progress to the finished ones.</summary>
    private void FinishReply(RelayReplyOutcome outcome)
    {
        if (_reply is not { } reply || (reply.Tokens.Count == 0 && outcome != RelayReplyOutcome.Interrupted))
        {
            _reply = null;
            return;
        }

        reply.Finished = true;
        _replies.Add(new RelayReply(
            reply.Turn,
            reply.Prompted && reply.FirstAt is { } first ? Stopwatch.GetElapsedTime(reply.SentAt, first) : null,
            reply.FirstAt is { } start ? Stopwatch.GetElapsedTime(start, reply.LastAt) : TimeSpan.Zero,
            reply.Tokens,
            outcome));
        _log("  ", $"reply {_replies.Count} {outcome.ToString().ToLowerInvariant()}: \"{reply.Text}\"");
        _reply = null;
    }

    private async Task SendAsync(string description, CancellationToken cancellationToken)
    {
        await _socket.SendAsync(_writer.Written, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        _log("->", description);
    }

    private async Task ReceiveAsync()
    {
        var message = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (true)
            {
                message.ResetWrittenCount();
                ValueWebSocketReceiveResult frame;
                do
                {
                    frame = await _socket.ReceiveAsync(message.GetMemory(4096), CancellationToken.None);
                    message.Advance(frame.Count);
                }
                while (!frame.EndOfMessage);

                long at = Stopwatch.GetTimestamp();
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    _incoming.Writer.TryWrite(new Incoming(at, default, false, _socket.CloseStatus ?? WebSocketCloseStatus.Empty, _socket.CloseStatusDescription, Broken: false));
                    return;
                }

                _incoming.Writer.TryWrite(new Incoming(at, message.WrittenMemory.ToArray(), frame.MessageType == WebSocketMessageType.Binary, null, null, Broken: false));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _incoming.Writer.TryWrite(new Incoming(Stopwatch.GetTimestamp(), default, false, null, e.Message, Broken: true));
        }
        finally
        {
            _incoming.Writer.TryComplete();
        }
    }

    private void Fail(string failure)
    {
        _failures.Add(failure);
        _log("!!", failure);
    }

    private static string Shorten(Incoming item)
    {
        string text = item.Binary ? $"{item.Utf8.Length} bytes" : Encoding.UTF8.GetString(item.Utf8.Span);
        return text.Length > 200 ? text[..200] + "..." : text;
    }

    /// <summary>A frame from the app, its close (<paramref name="Closed"/>, with <paramref name="Text"/> its description), or the connection <paramref name="Broken"/> (<paramref name="Text"/> says how).</summary>
    private readonly record struct Incoming(long At, ReadOnlyMemory<byte> Utf8, bool Binary, WebSocketCloseStatus? Closed, string? Text, bool Broken);

    /// <summary>A reply being received.</summary>
    private sealed class Reply(string turn, long sentAt, bool prompted)
    {
        public string Turn { get; } = turn;

        public long SentAt { get; } = sentAt;

        public bool Prompted { get; } = prompted;

        public List<string> Tokens { get; } = [];

        public long? FirstAt { get; private set; }

        public long LastAt { get; private set; }

        public bool Finished { get; set; }

        public string Text => string.Concat(Tokens);

        public void Add(string token, long at)
        {
            Tokens.Add(token);
            FirstAt ??= at;
            LastAt = at;
        }
    }
}
