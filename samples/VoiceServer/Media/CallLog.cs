using System.Collections.Concurrent;

namespace VoiceServer.Media;

/// <summary>The calls whose streams have ended, by call SID, for whoever wants to wait for one (a test, the simulator).</summary>
public sealed class CallLog
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CallRecord>> _calls = new(StringComparer.Ordinal);

    /// <summary>Records a finished call.</summary>
    /// <param name="call">The call; its files are complete.</param>
    public void Add(CallRecord call) => Entry(call.CallSid).TrySetResult(call);

    /// <summary>Waits until the stream of a call has ended and its files are complete.</summary>
    /// <param name="callSid">The call SID from the webhook.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The call's record.</returns>
    public Task<CallRecord> WaitForCallAsync(string callSid, CancellationToken cancellationToken = default) =>
        Entry(callSid).Task.WaitAsync(cancellationToken);

    private TaskCompletionSource<CallRecord> Entry(string callSid) =>
        _calls.GetOrAdd(callSid, static _ => new TaskCompletionSource<CallRecord>(TaskCreationOptions.RunContinuationsAsynchronously));
}
