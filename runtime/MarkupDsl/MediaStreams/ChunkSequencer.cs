using System;
using System.Collections.Generic;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Puts one track's media frames back in <c>chunk</c> order within a window of held frames, and reports the chunks
/// that never came as <see cref="MediaGapEvent"/>s. A frame older than one already released is late: discarded.
/// </summary>
internal sealed class ChunkSequencer
{
    private readonly int _window;
    private readonly List<MediaEvent> _held;
    private long _next;

    /// <param name="window">Frames held back before the oldest is released even though one before it is missing; 0 releases each at once.</param>
    public ChunkSequencer(int window)
    {
        _window = window;
        _held = new List<MediaEvent>(window + 1);
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

        _held.Insert(at, media);
        while (_held.Count > _window || (_held.Count > 0 && _held[0].Chunk == _next))
        {
            Release(ready, discard);
        }
    }

    /// <summary>Releases every held frame, in order (the stream has ended).</summary>
    public void Flush(List<MediaStreamEvent> ready, Action<MediaEvent> discard)
    {
        while (_held.Count > 0)
        {
            Release(ready, discard);
        }
    }

    private void Release(List<MediaStreamEvent> ready, Action<MediaEvent> discard)
    {
        MediaEvent media = _held[0];
        _held.RemoveAt(0);
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
}
