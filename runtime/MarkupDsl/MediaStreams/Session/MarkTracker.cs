using System;
using System.Collections.Generic;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// The marks on the wire, waiting for their echoes. A provider echoes a mark once the audio before it has played,
/// or at once when a clear drops that audio; the echo looks the same either way, so the outcome comes from the
/// mark's playback generation: <see cref="MarkOutcome.Played"/> unless a clear ended it, then
/// <see cref="MarkOutcome.Cleared"/>. Marks still waiting when the stream ends are <see cref="MarkOutcome.StreamEnded"/>.
/// </summary>
/// <remarks>Written by the playback sender's task, echoed by the receiver's, ended by either: one lock.</remarks>
internal sealed class MarkTracker(MediaStreamMetrics metrics, TimeProvider time)
{
    private readonly List<PendingMark> _sent = [];
    private bool _ended;

    /// <summary>Records a mark about to go on the wire; one sent after the stream ended completes as <see cref="MarkOutcome.StreamEnded"/>.</summary>
    public void Sending(PendingMark mark)
    {
        mark.SentAt = time.GetTimestamp();
        lock (_sent)
        {
            if (!_ended)
            {
                _sent.Add(mark);
                return;
            }
        }

        mark.Complete(MarkOutcome.StreamEnded);
    }

    /// <summary>A mark came back: the oldest one sent with that name is done. An echo of no mark sent here is ignored.</summary>
    public void Echoed(string name)
    {
        PendingMark? mark = null;
        lock (_sent)
        {
            int index = _sent.FindIndex(m => m.Name == name);
            if (index >= 0)
            {
                mark = _sent[index];
                _sent.RemoveAt(index);
            }
        }

        if (mark is not null)
        {
            metrics.MarkEchoed(time.GetElapsedTime(mark.SentAt).TotalMilliseconds);
            mark.Complete(mark.Generation.IsCleared ? MarkOutcome.Cleared : MarkOutcome.Played);
        }
    }

    /// <summary>The stream has ended: no echo will come for the marks waiting, nor for any sent from now on.</summary>
    public void EndAll()
    {
        PendingMark[] waiting;
        lock (_sent)
        {
            _ended = true;
            waiting = [.. _sent];
            _sent.Clear();
        }

        foreach (PendingMark mark in waiting)
        {
            mark.Complete(MarkOutcome.StreamEnded);
        }
    }
}
