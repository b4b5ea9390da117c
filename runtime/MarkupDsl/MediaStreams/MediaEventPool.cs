using System.Collections.Generic;
using System.Threading;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Reusable <see cref="MediaEvent"/>s with their buffers, so that a stream in steady state allocates nothing per
/// frame. Counts the events out of the pool, which is 0 again once every rented event has been returned.
/// </summary>
internal sealed class MediaEventPool
{
    private readonly Stack<MediaEvent> _free = new();
    private int _outstanding;

    /// <summary>Events rented and not yet returned.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    public MediaEvent Rent()
    {
        Interlocked.Increment(ref _outstanding);
        lock (_free)
        {
            return _free.TryPop(out MediaEvent? media) ? media : new MediaEvent();
        }
    }

    public void Return(MediaEvent media)
    {
        Interlocked.Decrement(ref _outstanding);
        lock (_free)
        {
            _free.Push(media);
        }
    }
}
