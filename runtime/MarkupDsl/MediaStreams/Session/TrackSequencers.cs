using System;
using System.Collections.Generic;
using System.Threading;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// Per-track reordering: one <see cref="ChunkSequencer"/> per track, made on the track's first numbered frame.
/// Used by the reading task alone; only the count of missing chunks is read from other threads.
/// </summary>
/// <param name="discardLate">Takes the frames that came too late to be put in order.</param>
internal sealed class TrackSequencers(Action<MediaEvent> discardLate)
{
    private readonly Dictionary<string, ChunkSequencer> _tracks = new(StringComparer.Ordinal);
    private long _missing;

    /// <summary>Chunks reported missing so far, over all tracks.</summary>
    public long MissingChunks => Interlocked.Read(ref _missing);

    /// <summary>
    /// Takes a media frame or a dtmf into order, appending to <paramref name="ready"/> what can now go to the
    /// application; <see langword="false"/> when it is not ordered here (a frame without a chunk number, a dtmf before
    /// any inbound audio) and goes to the application as it is.
    /// </summary>
    /// <param name="message">The event.</param>
    /// <param name="window">The reorder window of a track first seen now: frames held back before a missing one is given up on.</param>
    /// <param name="ready">Where released events go, in order.</param>
    public bool TryAdd(MediaStreamEvent message, int window, List<MediaStreamEvent> ready)
    {
        switch (message)
        {
            case MediaEvent { Chunk: > 0 } media:
                string track = media.Track ?? "";
                if (!_tracks.TryGetValue(track, out ChunkSequencer? sequencer))
                {
                    _tracks.Add(track, sequencer = new ChunkSequencer(window));
                }

                long missing = sequencer.MissingChunks;
                sequencer.Add(media, ready, discardLate);
                CountMissing(sequencer, missing);
                return true;
            case DtmfEvent dtmf when _tracks.TryGetValue(MediaTrack.Inbound, out ChunkSequencer? inbound):
                // Held with the inbound audio it was heard in: Telnyx orders neither.
                inbound.Add(dtmf, ready, discardLate);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Releases every held event, in order per track (the stream has ended).</summary>
    public void Flush(List<MediaStreamEvent> ready)
    {
        foreach (ChunkSequencer sequencer in _tracks.Values)
        {
            long missing = sequencer.MissingChunks;
            sequencer.Flush(ready, discardLate);
            CountMissing(sequencer, missing);
        }
    }

    /// <summary>Adds the chunks a sequencer found missing since it had found <paramref name="before"/> to the total.</summary>
    private void CountMissing(ChunkSequencer sequencer, long before)
    {
        if (sequencer.MissingChunks != before)
        {
            Interlocked.Add(ref _missing, sequencer.MissingChunks - before);
        }
    }
}
