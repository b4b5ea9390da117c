using System;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Reusable <see cref="MediaEvent"/>s with their buffers, so that a stream in steady state allocates nothing per
/// frame. Events are rented by one thread, the session's read task, and returned from any thread: an event is owned
/// by one party at a time, so handing it back is a release store of its <see cref="MediaEvent.IsPooled"/> flag and
/// renting is a round-robin look for a set flag, with no interlocked operation on either side.
/// </summary>
internal sealed class MediaEventPool
{
    private readonly object _growing = new();
    private MediaEvent[] _events = new MediaEvent[4];
    private int _count;
    private int _next;

    /// <summary>Events rented and not yet returned.</summary>
    public int Outstanding
    {
        get
        {
            lock (_growing)
            {
                int outstanding = _count;
                for (int i = 0; i < _count; i++)
                {
                    outstanding -= _events[i].IsPooled ? 1 : 0;
                }

                return outstanding;
            }
        }
    }

    /// <summary>Takes a returned event, or makes one. Only one thread may rent.</summary>
    public MediaEvent Rent()
    {
        // Events come back in about the order they went out, so the look starts after the last one taken.
        for (int looked = 0; looked < _count; looked++)
        {
            MediaEvent media = _events[_next];
            _next = _next + 1 == _count ? 0 : _next + 1;
            if (media.IsPooled)
            {
                media.IsPooled = false;
                return media;
            }
        }

        var created = new MediaEvent();
        lock (_growing)
        {
            if (_count == _events.Length)
            {
                Array.Resize(ref _events, 2 * _count);
            }

            _events[_count++] = created;
        }

        return created;
    }

    /// <summary>Gives an event back; its holder must not touch it afterwards.</summary>
    public void Return(MediaEvent media) => media.IsPooled = true;
}
