using System;
using System.Collections.Generic;

namespace MarkupDsl.MediaStreams.Session;

/// <summary>
/// Puts one track's media frames back in <c>chunk</c> order within a window of held frames, and reports the chunks
/// that never came as <see cref="MediaGapEvent"/>s. A frame older than one already released is late: discarded.
/// A dtmf is held with the frames: it follows the latest chunk received before it, and dtmf events held together go
/// in <see cref="DtmfEvent.OccurredAt"/> order (Telnyx orders neither media nor dtmf).
/// </summary>
internal sealed class ChunkSequencer
{
    private readonly int _window;
    private readonly List<Held> _held;
    private int _heldFrames;
    private long _next;
    private long _latest;

    /// <param name="window">Frames held back before the oldest is released even though one before it is missing; 0 releases each at once.</param>
    public ChunkSequencer(int window)
    {
        _window = window;
        _held = new List<Held>(window + 2);
    }

    /// <summary>Chunks reported missing so far.</summary>
    public long MissingChunks { get; private set; }

    /// <summary>Adds a frame; appends to <paramref name="ready"/> what can now be released, and returns late frames to <paramref name="discard"/>.</summary>
    public void Add(MediaEvent media, List<MediaStreamEvent> ready, Action<MediaEvent> discard)
    {
        if (_next != 0 && media.Chunk < _next)
        {
            discard(media);
            return;
        }

        int at = _held.Count;
        while (at > 0 && _held[at - 1].Chunk > media.Chunk)
        {
            at--;
        }

        _held.Insert(at, new Held(media.Chunk, media));
        _heldFrames++;
        _latest = Math.Max(_latest, media.Chunk);
        ReleaseDue(ready, discard);
    }

    /// <summary>
    /// Adds a dtmf: released right after the latest chunk received so far, but before any dtmf held here that
    /// occurred after it.
    /// </summary>
    public void Add(DtmfEvent dtmf, List<MediaStreamEvent> ready, Action<MediaEvent> discard)
    {
        long after = _latest;
        int at = _held.Count;
        while (at > 0 && _held[at - 1].Event is DtmfEvent held && dtmf.OccurredAt < held.OccurredAt)
        {
            after = _held[--at].Chunk;
        }

        _held.Insert(at, new Held(after, dtmf));
        ReleaseDue(ready, discard);
    }

    /// <summary>Releases every held event, in order (the stream has ended).</summary>
    public void Flush(List<MediaStreamEvent> ready, Action<MediaEvent> discard)
    {
        while (_held.Count > 0)
        {
            Release(ready, discard);
        }
    }

    /// <summary>
    /// Releases while the window overflows or the first held event is due: the next chunk, or a dtmf (every frame it
    /// follows is out).
    /// </summary>
    private void ReleaseDue(List<MediaStreamEvent> ready, Action<MediaEvent> discard)
    {
        while (_heldFrames > _window || (_held.Count > 0 && (_held[0].Event is DtmfEvent || _held[0].Chunk == _next)))
        {
            Release(ready, discard);
        }
    }

    private void Release(List<MediaStreamEvent> ready, Action<MediaEvent> discard)
    {
        Held first = _held[0];
        _held.RemoveAt(0);
        if (first.Event is not MediaEvent media)
        {
            ready.Add(first.Event);
            return;
        }

        _heldFrames--;
        if (_next != 0 && media.Chunk < _next)
        {
            discard(media);
            return;
        }

        if (_next != 0 && media.Chunk > _next)
        {
            MissingChunks += media.Chunk - _next;
            ready.Add(new MediaGapEvent(media.StreamSid, media.Track, _next, media.Chunk - _next));
        }

        _next = media.Chunk + 1;
        ready.Add(media);
    }

    /// <summary>A held event: a frame by its chunk, or a dtmf by the chunk it follows.</summary>
    private readonly record struct Held(long Chunk, MediaStreamEvent Event);
}
