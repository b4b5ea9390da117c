using System.Collections.Generic;
using System.Threading;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Reusable <see cref="MediaEvent"/>s with their buffers, so that a stream in steady state allocates nothing per
/// frame. Events are rented on the read task and returned by the consumer, usually one at a time: a single spare
/// slot serves that with one atomic exchange each way; a stack under a lock takes the rest.
/// </summary>
internal sealed class MediaEventPool
{
    private readonly Stack<MediaEvent> _free = new();
    private MediaEvent? _spare;
    private int _created;

    /// <summary>Events rented and not yet returned.</summary>
    public int Outstanding
    {
        get
        {
            lock (_free)
            {
                return Volatile.Read(ref _created) - _free.Count - (Volatile.Read(ref _spare) is null ? 0 : 1);
            }
        }
    }

    public MediaEvent Rent()
    {
        MediaEvent? media = Interlocked.Exchange(ref _spare, null);
        if (media is not null)
        {
            return media;
        }

        lock (_free)
        {
            if (_free.TryPop(out media))
            {
                return media;
            }
        }

        Interlocked.Increment(ref _created);
        return new MediaEvent();
    }

    public void Return(MediaEvent media)
    {
        if (Interlocked.CompareExchange(ref _spare, media, null) is null)
        {
            return;
        }

        lock (_free)
        {
            _free.Push(media);
        }
    }
}
