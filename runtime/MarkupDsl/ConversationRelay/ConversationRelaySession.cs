using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.IO;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using MarkupDsl.WebSockets;

namespace MarkupDsl.ConversationRelay;

/// <summary>
/// One ConversationRelay session (Twilio or Telnyx) over a WebSocket, from either end's socket (ASP.NET Core's
/// accepted socket, <see cref="ClientWebSocket"/>): the provider's messages as typed <see cref="ConversationRelayMessage"/>s,
/// and text, audio, digits, language changes and the end sent back; <see cref="StreamReplyAsync"/> speaks a reply
/// token by token and stops it the moment the caller interrupts.
/// </summary>
/// <remarks>
/// <para>Reading: the first <see cref="ReadMessagesAsync"/> starts a task that reads the socket, assembles each
/// message (up to <see cref="ConversationRelaySessionOptions.MaxMessageSize"/>), parses it with a
/// <see cref="ConversationRelayMessageReader"/> and queues it; the queue is not bounded (the messages are a few
/// hundred bytes, a few a second) so that an <c>interrupt</c> is read, and stops the reply, even while the
/// application is busy sending that reply. The sequence ends when the socket closes (the provider closes it after an
/// <c>end</c> or when the call ends) or drops.</para>
/// <para>Writing: the send methods may be called from any thread; one message goes on the socket at a time, in the
/// order the calls take the send lock. They throw <see cref="InvalidOperationException"/> once the session has
/// ended, and <see cref="ArgumentException"/>, before anything is sent, for a bad argument. A message the provider
/// refuses comes back as an <see cref="ErrorMessage"/> (Twilio error 64107) and the session goes on.</para>
/// <para>Closing: cancelling the read or <see cref="DisposeAsync"/> closes the socket with 1000 (normal closure;
/// <see cref="CloseAsync"/> for another status) and waits up to <see cref="ConversationRelaySessionOptions.CloseTimeout"/>
/// for the peer's close, aborting the socket after that; the socket itself stays the caller's to dispose.</para>
/// <para>Metrics: every session reports to the <see cref="ConversationRelayMetrics.MeterName"/> meter (messages and
/// bytes each way, replies by outcome, time to first token, interrupt-to-stop time, active sessions).</para>
/// <para>Sources: Twilio, "ConversationRelay - WebSocket messages"; Telnyx, "ConversationRelay WebSocket channel".</para>
/// </remarks>
public sealed class ConversationRelaySession : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly ConversationRelaySessionOptions _options;
    private readonly ConversationRelayMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ConversationRelayMessageReader _reader = new();
    private readonly ArrayBufferWriter<byte> _message = new(256);
    private readonly ConversationRelayMessageWriter _writer;
    private readonly WebSocketMessageReceiver _receiver;
    private readonly WebSocketSender _sender;
    private readonly WebSocketCloser _closer;

    // Held while a message is written and sent, and while an interrupt marks the reply stopped: no token of a reply
    // goes out once its interrupt has been read. The socket's own turns (text and close frames) are the sender's.
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Channel<ConversationRelayMessage> _messages =
        Channel.CreateUnbounded<ConversationRelayMessage>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly TaskCompletionSource<SetupMessage?> _setUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _readTask;
    private ActiveReply? _reply;
    private volatile SetupMessage? _setup;
    private long _received;
    private long _sent;
    private int _reading;
    private volatile bool _ended;
    private volatile bool _disposed;

    /// <summary>Starts a session on an open WebSocket.</summary>
    /// <param name="webSocket">The socket; the session reads and writes it but does not dispose it.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="webSocket"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid settings (<see cref="ConversationRelaySessionOptions.Validate"/>); the message names every one.</exception>
    public ConversationRelaySession(WebSocket webSocket, ConversationRelaySessionOptions? options = null)
        : this(webSocket, options, meterFactory: null)
    {
    }

    /// <summary>Starts a session on an open WebSocket that reports its metrics to a meter from <paramref name="meterFactory"/>.</summary>
    /// <param name="webSocket">The socket; the session reads and writes it but does not dispose it.</param>
    /// <param name="options">Settings, or <see langword="null"/> for the defaults.</param>
    /// <param name="meterFactory">
    /// Makes the <see cref="ConversationRelayMetrics.MeterName"/> meter (dependency injection's <see cref="IMeterFactory"/>);
    /// <see langword="null"/> reports to a meter shared by the process.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="webSocket"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has invalid settings (<see cref="ConversationRelaySessionOptions.Validate"/>); the message names every one.</exception>
    public ConversationRelaySession(WebSocket webSocket, ConversationRelaySessionOptions? options, IMeterFactory? meterFactory)
    {
        ArgumentNullException.ThrowIfNull(webSocket);
        _options = options?.Clone() ?? new ConversationRelaySessionOptions();
        if (_options.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException($"Invalid ConversationRelaySessionOptions: {string.Join(" ", problems)}", nameof(options));
        }

        _socket = webSocket;
        _time = _options.TimeProvider;
        _metrics = ConversationRelayMetrics.For(meterFactory);
        _writer = new ConversationRelayMessageWriter(_message);
        _receiver = new WebSocketMessageReceiver(webSocket, _options.MaxMessageSize);
        _sender = new WebSocketSender(webSocket);
        _closer = new WebSocketCloser(webSocket, _sender, _options.CloseTimeout, _time);
    }

    /// <summary>The session's <c>setup</c> message once it has been read; <see langword="null"/> before.</summary>
    public SetupMessage? Setup => _setup;

    /// <summary>
    /// Completes with the <see cref="SetupMessage"/> when it is read (before the application gets it), or with
    /// <see langword="null"/> when the session ends without one; for code that observes a session another reads.
    /// </summary>
    public Task<SetupMessage?> WhenSetUp => _setUp.Task;

    /// <summary>The provider: as stated in the options, else told from the <c>setup</c> (<see cref="ConversationRelayProvider.Unknown"/> before it).</summary>
    public ConversationRelayProvider Provider =>
        _options.Provider != ConversationRelayProvider.Unknown ? _options.Provider : _setup?.Provider ?? ConversationRelayProvider.Unknown;

    /// <summary>Whether the session has ended: the socket closed or dropped, or the session was cancelled or disposed.</summary>
    public bool IsEnded => _ended;

    /// <summary>Messages received from the provider so far, malformed ones included.</summary>
    public long MessagesReceived => Interlocked.Read(ref _received);

    /// <summary>Messages sent to the provider so far.</summary>
    public long MessagesSent => Interlocked.Read(ref _sent);

    /// <summary>
    /// Reads the provider's messages until the session ends. Malformed, binary and oversized messages come as
    /// <see cref="MalformedMessage"/> and unknown ones as <see cref="UnknownMessage"/>; reading goes on.
    /// </summary>
    /// <param name="cancellationToken">
    /// Cancels reading: the session then closes the socket with 1000 (normal closure), waits up to
    /// <see cref="ConversationRelaySessionOptions.CloseTimeout"/> for the peer's close, and the enumeration throws
    /// <see cref="OperationCanceledException"/>.
    /// </param>
    /// <returns>The messages in arrival order; the <c>setup</c> first on a well-behaved session.</returns>
    /// <exception cref="InvalidOperationException">The messages are already being (or have been) read: a WebSocket has one reader.</exception>
    public async IAsyncEnumerable<ConversationRelayMessage> ReadMessagesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _reading, 1) != 0)
        {
            throw new InvalidOperationException("The messages of a session can be read once, by one reader.");
        }

        _readTask = Task.Run(ReceiveLoopAsync, CancellationToken.None);
        while (await WaitForMessageAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_messages.Reader.TryRead(out ConversationRelayMessage? next))
            {
                yield return next;
            }
        }
    }

    /// <summary>Sends one <c>text</c> token: words for the provider to speak (see <see cref="ConversationRelayMessageWriter.WriteText"/>).</summary>
    /// <param name="token">The text; may be empty and may carry SSML tags.</param>
    /// <param name="last">Whether this token ends the reply.</param>
    /// <param name="lang">The language to speak it in (BCP-47), or <see langword="null"/> for the session's.</param>
    /// <param name="interruptible">Whether the caller can interrupt it, or <see langword="null"/> for the noun's setting.</param>
    /// <param name="preemptible">Whether text sent later may cut it short, or <see langword="null"/> for the default.</param>
    /// <param name="cancellationToken">Cancels waiting for the send lock.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lang"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">The session has ended.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendTextAsync(string token, bool last = false, string? lang = null, bool? interruptible = null, bool? preemptible = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        ConversationRelayMessageWriter.CheckLang(lang);
        return SendAsync(new Outgoing(OutgoingKind.Text, token, last, lang, interruptible, preemptible), cancellationToken);
    }

    /// <summary>Sends a <c>play</c>: an audio file for the provider to play (see <see cref="ConversationRelayMessageWriter.WritePlay"/>).</summary>
    /// <param name="source">The absolute http or https URL of the audio file.</param>
    /// <param name="loop">How many times to play it (0 until interrupted), or <see langword="null"/> for once.</param>
    /// <param name="preemptible">Whether text or audio sent later may cut it short, or <see langword="null"/> for the default.</param>
    /// <param name="interruptible">Whether the caller can interrupt it, or <see langword="null"/> for the noun's setting.</param>
    /// <param name="cancellationToken">Cancels waiting for the send lock.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not an absolute http or https URL.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="loop"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">The session has ended.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendPlayAsync(string source, int? loop = null, bool? preemptible = null, bool? interruptible = null, CancellationToken cancellationToken = default)
    {
        ConversationRelayMessageWriter.CheckPlay(source, loop);
        return SendAsync(new Outgoing(OutgoingKind.Play, source, Loop: loop, Interruptible: interruptible, Preemptible: preemptible), cancellationToken);
    }

    /// <summary>Sends a <c>sendDigits</c>: DTMF tones for the provider to play into the call.</summary>
    /// <param name="digits">The keys: <c>0</c>-<c>9</c>, <c>*</c>, <c>#</c>, and <c>w</c> for a half-second pause.</param>
    /// <param name="cancellationToken">Cancels waiting for the send lock.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="ArgumentException"><paramref name="digits"/> is null, empty or has another character.</exception>
    /// <exception cref="InvalidOperationException">The session has ended.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendDigitsAsync(string digits, CancellationToken cancellationToken = default)
    {
        ConversationRelayMessageWriter.CheckDigits(digits);
        return SendAsync(new Outgoing(OutgoingKind.Digits, digits), cancellationToken);
    }

    /// <summary>Sends a <c>language</c>: switches the language spoken, recognised, or both.</summary>
    /// <param name="ttsLanguage">The language to speak (BCP-47), or <see langword="null"/> to keep it.</param>
    /// <param name="transcriptionLanguage">The language to recognise (BCP-47), or <see langword="null"/> to keep it.</param>
    /// <param name="cancellationToken">Cancels waiting for the send lock.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="ArgumentException">Both are null, or one is empty.</exception>
    /// <exception cref="InvalidOperationException">The session has ended.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task SendLanguageAsync(string? ttsLanguage, string? transcriptionLanguage, CancellationToken cancellationToken = default)
    {
        ConversationRelayMessageWriter.CheckLanguage(ttsLanguage, transcriptionLanguage);
        return SendAsync(new Outgoing(OutgoingKind.Language, ttsLanguage, Lang: transcriptionLanguage), cancellationToken);
    }

    /// <summary>
    /// Sends an <c>end</c>: the provider ends the session and closes the socket, and the call goes on to the
    /// <c>&lt;Connect action&gt;</c> URL, which receives <paramref name="handoffData"/> as <c>HandoffData</c> (a hand-off to
    /// a human agent, for example). Keep reading the messages until they end, or dispose the session.
    /// </summary>
    /// <param name="handoffData">A JSON text for the action URL, e.g. <c>{"reason":"operator"}</c>; <see langword="null"/> for none.</param>
    /// <param name="cancellationToken">Cancels waiting for the send lock.</param>
    /// <returns>A task that completes when the message has been handed to the socket.</returns>
    /// <exception cref="ArgumentException"><paramref name="handoffData"/> is not valid JSON.</exception>
    /// <exception cref="InvalidOperationException">The session has ended.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public Task EndAsync(string? handoffData = null, CancellationToken cancellationToken = default)
    {
        ConversationRelayMessageWriter.CheckHandoffData(handoffData);
        return SendAsync(new Outgoing(OutgoingKind.End, handoffData), cancellationToken);
    }

    /// <summary>
    /// Speaks a reply as it is produced: sends each token of <paramref name="tokens"/> as a <c>text</c> message as soon
    /// as it comes, with <c>last: true</c> on the final one (an empty final token when the stream's end is known only
    /// after its last token was sent), and stops at once when the caller interrupts: once an <c>interrupt</c> is read,
    /// no token of this reply is sent and the enumeration of <paramref name="tokens"/> is cancelled (its token is the
    /// one passed to <c>GetAsyncEnumerator</c>, so an <c>async</c> iterator gets it through <see cref="EnumeratorCancellationAttribute"/>).
    /// </summary>
    /// <remarks>
    /// Empty tokens from the stream (a model's role-only or closing updates) are not sent. One reply at a time: the
    /// interrupt belongs to the reply being sent. An <c>interrupt</c> read after the reply was sent whole (the caller
    /// spoke over its playback) is not this call's: it comes through <see cref="ReadMessagesAsync"/>, as every
    /// interrupt does. If <paramref name="tokens"/> throws, a final empty token with <c>last: true</c> is sent (so the
    /// provider speaks what it has) and the exception propagates.
    /// </remarks>
    /// <param name="tokens">The reply's text, in pieces (a model's streamed output).</param>
    /// <param name="lang">The language to speak it in (BCP-47), or <see langword="null"/> for the session's.</param>
    /// <param name="interruptible">Whether the caller can interrupt it, or <see langword="null"/> for the noun's setting.</param>
    /// <param name="preemptible">Whether text sent later may cut it short, or <see langword="null"/> for the default.</param>
    /// <param name="cancellationToken">Cancels the reply: nothing more of it is sent, the token enumeration is cancelled and this throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>
    /// The reply's outcome (<see cref="ReplyOutcome.Completed"/>, <see cref="ReplyOutcome.Interrupted"/> with the
    /// interrupt and its <c>utteranceUntilInterrupt</c>, or <see cref="ReplyOutcome.SessionEnded"/>), the text sent and
    /// the time to the first token.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lang"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">Another reply is being sent, or the session has ended.</exception>
    /// <exception cref="ObjectDisposedException">The session has been disposed.</exception>
    public async Task<ConversationRelayReply> StreamReplyAsync(
        IAsyncEnumerable<string> tokens,
        string? lang = null,
        bool? interruptible = null,
        bool? preemptible = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ConversationRelayMessageWriter.CheckLang(lang);
        CheckCanSend();
        using var reply = new ActiveReply(cancellationToken, _stopping.Token);
        if (Interlocked.CompareExchange(ref _reply, reply, null) is not null)
        {
            throw new InvalidOperationException("A reply is already being sent on this session: one reply at a time, so that an interrupt stops the one the caller hears.");
        }

        long started = _time.GetTimestamp();
        var text = new StringBuilder();
        var state = new ReplyState(reply, new Outgoing(OutgoingKind.Text, "", false, lang, interruptible, preemptible));
        IAsyncEnumerator<string> enumerator = tokens.GetAsyncEnumerator(reply.Token);
        Task<bool>? abandoned = null;
        try
        {
            (bool has, abandoned) = await NextAsync(enumerator.MoveNextAsync(), reply).ConfigureAwait(false);
            while (has)
            {
                string token = enumerator.Current ?? "";
                ValueTask<bool> next = enumerator.MoveNextAsync();

                // The stream's end is known without waiting: the final token carries last itself. A stream that
                // failed at once still has this token spoken, as the last, before its exception propagates.
                bool known = next.IsCompleted;
                ExceptionDispatchInfo? failed = null;
                bool more = !known;
                if (known)
                {
                    try
                    {
                        more = await next.ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        failed = ExceptionDispatchInfo.Capture(e);
                    }
                }

                if (token.Length > 0 || !more)
                {
                    if (!await SendTokenAsync(state, token, last: !more, started).ConfigureAwait(false))
                    {
                        abandoned = known ? null : next.AsTask();
                        break;
                    }

                    text.Append(token);
                }

                failed?.Throw();
                if (!more)
                {
                    break;
                }

                (has, abandoned) = known ? (true, null) : await NextAsync(next, reply).ConfigureAwait(false);
            }

            if (!state.LastSent && !reply.Stopped && abandoned is null)
            {
                await SendTokenAsync(state, "", last: true, started).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (reply.Token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The token stream honoured the interrupt (or the session's end or disposal) and stopped.
        }
        catch (Exception e) when (e is not OperationCanceledException && !reply.Stopped && !state.LastSent)
        {
            await SendTokenAsync(state, "", last: true, started).ConfigureAwait(false);
            throw;
        }
        finally
        {
            Interlocked.CompareExchange(ref _reply, null, reply);
            if (abandoned is null)
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                // A stream that ignores cancellation is left to finish its pending step, then disposed.
                _ = DisposeWhenDoneAsync(abandoned, enumerator);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReplyOutcome outcome = reply.Interrupt is not null ? ReplyOutcome.Interrupted
            : state.LastSent ? ReplyOutcome.Completed
            : ReplyOutcome.SessionEnded;
        if (reply.Interrupt is not null)
        {
            _metrics.InterruptStopped(_time.GetElapsedTime(reply.InterruptedAt).TotalMilliseconds);
        }

        _metrics.ReplyEnded(outcome);
        return new ConversationRelayReply(outcome, text.ToString(), state.Sent, reply.Interrupt, state.FirstToken);
    }

    /// <summary>
    /// Ends the session as <see cref="DisposeAsync"/> does, but closes the socket with another status, for example
    /// <see cref="WebSocketCloseStatus.InternalServerError"/> (1011) when the application failed.
    /// </summary>
    /// <param name="closeStatus">The close status sent, unless the socket is closed already.</param>
    /// <param name="statusDescription">The close reason, at most 123 bytes of UTF-8; <see langword="null"/> for none.</param>
    /// <returns>A task that completes when the socket is closed or aborted.</returns>
    public ValueTask CloseAsync(WebSocketCloseStatus closeStatus, string? statusDescription = null)
    {
        _closer.Use(closeStatus, statusDescription);
        return DisposeAsync();
    }

    /// <summary>
    /// Ends the session: a reply being sent stops (<see cref="ReplyOutcome.SessionEnded"/>), the socket is closed with
    /// 1000 (normal closure) unless it is closed already, waiting up to <see cref="ConversationRelaySessionOptions.CloseTimeout"/>
    /// for the peer's close (aborting the socket after that).
    /// </summary>
    /// <returns>A task that completes when the socket is closed or aborted.</returns>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await StopAsync().ConfigureAwait(false);
        _setUp.TrySetResult(null);
        await _sendLock.WaitAsync().ConfigureAwait(false);
        _writer.Dispose();
        _sendLock.Release();
        _stopping.Dispose();
    }

    private void CheckCanSend()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_ended)
        {
            throw new InvalidOperationException("The session has ended.");
        }
    }

    /// <summary>Awaits the token stream's next step, or stops waiting at once when the reply stops; the step left pending, if any.</summary>
    private static async ValueTask<(bool Has, Task<bool>? Abandoned)> NextAsync(ValueTask<bool> move, ActiveReply reply)
    {
        if (move.IsCompleted)
        {
            return (await move.ConfigureAwait(false), null);
        }

        Task<bool> pending = move.AsTask();
        try
        {
            return (await pending.WaitAsync(reply.Token).ConfigureAwait(false), null);
        }
        catch (OperationCanceledException) when (reply.Token.IsCancellationRequested && !pending.IsCompleted)
        {
            return (false, pending);
        }
    }

    private static async Task DisposeWhenDoneAsync(Task<bool> pending, IAsyncEnumerator<string> enumerator)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The stream's failure after its reply was stopped is nobody's to handle.
        }

        try
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Likewise.
        }
    }

    /// <summary>Sends a token of the reply unless the reply has stopped; false when it has (interrupted, cancelled, or the session ended).</summary>
    private async ValueTask<bool> SendTokenAsync(ReplyState state, string token, bool last, long started)
    {
        ActiveReply reply = state.Reply;
        try
        {
            await _sendLock.WaitAsync(reply.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            // Checked under the lock the reader takes to mark an interrupt: no token goes out once one is read.
            if (reply.Stopped || _ended || reply.Token.IsCancellationRequested)
            {
                return false;
            }

            _writer.WriteText(token, last, state.Template.Lang, state.Template.Interruptible, state.Template.Preemptible);
            if (!await SendWrittenAsync().ConfigureAwait(false))
            {
                reply.MarkEnded();
                return false;
            }

            if (state.Sent++ == 0)
            {
                state.FirstToken = _time.GetElapsedTime(started);
                _metrics.FirstToken(state.FirstToken.Value.TotalMilliseconds);
            }

            state.LastSent = last;
            return true;
        }
        finally
        {
            _message.ResetWrittenCount();
            _sendLock.Release();
        }
    }

    private async Task SendAsync(Outgoing message, CancellationToken cancellationToken)
    {
        CheckCanSend();
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CheckCanSend();
            Write(message);
            if (!await SendWrittenAsync().ConfigureAwait(false))
            {
                throw new InvalidOperationException("The session has ended: the socket closed or dropped.");
            }
        }
        finally
        {
            _message.ResetWrittenCount();
            _sendLock.Release();
        }
    }

    private void Write(Outgoing message)
    {
        switch (message.Kind)
        {
            case OutgoingKind.Text:
                _writer.WriteText(message.Value, message.Last, message.Lang, message.Interruptible, message.Preemptible);
                break;
            case OutgoingKind.Play:
                _writer.WritePlay(message.Value!, message.Loop, message.Preemptible, message.Interruptible);
                break;
            case OutgoingKind.Digits:
                _writer.WriteSendDigits(message.Value!);
                break;
            case OutgoingKind.Language:
                _writer.WriteLanguage(message.Value, message.Lang);
                break;
            default:
                _writer.WriteEnd(message.Value);
                break;
        }
    }

    /// <summary>Hands the written message to the socket (send lock held); false when the socket is closed or gone.</summary>
    private async ValueTask<bool> SendWrittenAsync()
    {
        if (_socket.State != WebSocketState.Open)
        {
            return false;
        }

        try
        {
            await _sender.SendTextAsync(_message.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or IOException or ObjectDisposedException)
        {
            return false;
        }

        Interlocked.Increment(ref _sent);
        _metrics.Sent(_message.WrittenCount);
        return true;
    }

    private async ValueTask<bool> WaitForMessageAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _messages.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The read task: every message to the queue until the socket closes, drops or the session stops.</summary>
    private async Task ReceiveLoopAsync()
    {
        _metrics.SessionStarted();
        try
        {
            while (await ReceiveMessageAsync().ConfigureAwait(false) is { } message)
            {
                switch (message)
                {
                    case SetupMessage setup when _setup is null:
                        _setup = setup;
                        _setUp.TrySetResult(setup);
                        break;
                    case InterruptMessage interrupt:
                        await StopReplyAsync(interrupt).ConfigureAwait(false);
                        break;
                }

                _messages.Writer.TryWrite(message);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposed while waiting for the send lock.
        }
        finally
        {
            _ended = true;
            if (Volatile.Read(ref _reply) is { } reply)
            {
                reply.MarkEnded();
                reply.Cancel();
            }

            _setUp.TrySetResult(null);
            _metrics.SessionEnded();
            _messages.Writer.TryComplete();
        }
    }

    /// <summary>Marks the reply being sent as interrupted, under the send lock, then wakes it.</summary>
    private async Task StopReplyAsync(InterruptMessage interrupt)
    {
        long readAt = _time.GetTimestamp();
        if (Volatile.Read(ref _reply) is null)
        {
            return;
        }

        await _sendLock.WaitAsync(_stopping.Token).ConfigureAwait(false);
        ActiveReply? reply;
        try
        {
            reply = Volatile.Read(ref _reply);
            reply?.MarkInterrupted(interrupt, readAt);
        }
        finally
        {
            _sendLock.Release();
        }

        reply?.Cancel();
    }

    /// <summary>The next message, parsed; null when the socket closes (the peer's close answered) or drops.</summary>
    private async ValueTask<ConversationRelayMessage?> ReceiveMessageAsync()
    {
        ReceivedMessageKind kind = await _receiver.ReceiveAsync().ConfigureAwait(false);
        switch (kind)
        {
            case ReceivedMessageKind.Closed:
                _ended = true;
                await _closer.CloseOutputAsync().ConfigureAwait(false);
                return null;
            case ReceivedMessageKind.Lost:
                return null;
        }

        Interlocked.Increment(ref _received);
        _metrics.Received(kind == ReceivedMessageKind.TooLarge ? _receiver.MaxMessageSize : _receiver.Message.Length);
        return kind switch
        {
            ReceivedMessageKind.TooLarge => new MalformedMessage($"message longer than {_receiver.MaxMessageSize} bytes, discarded", null, _receiver.MaxMessageSize),
            ReceivedMessageKind.Binary => new MalformedMessage("binary message, discarded: ConversationRelay messages are JSON text", null, 0),
            _ => _reader.Read(_receiver.Message),
        };
    }

    /// <summary>Closes the socket and waits for the read loop to end; also the path of a cancelled read.</summary>
    private Task StopAsync()
    {
        _ended = true;
        _stopping.Cancel();
        return _closer.CloseAsync(_readTask);
    }

    private enum OutgoingKind : byte
    {
        Text,
        Play,
        Digits,
        Language,
        End,
    }

    /// <summary>A message to write, with the fields its kind uses: Value is the token, source, digits, ttsLanguage or handoffData; Lang the lang or transcriptionLanguage.</summary>
    private readonly record struct Outgoing(
        OutgoingKind Kind,
        string? Value,
        bool Last = false,
        string? Lang = null,
        bool? Interruptible = null,
        bool? Preemptible = null,
        int? Loop = null);

    /// <summary>The progress of one <see cref="StreamReplyAsync"/>.</summary>
    private sealed class ReplyState(ActiveReply reply, Outgoing template)
    {
        public ActiveReply Reply { get; } = reply;

        public Outgoing Template { get; } = template;

        public int Sent { get; set; }

        public bool LastSent { get; set; }

        public TimeSpan? FirstToken { get; set; }
    }
}
