using System.Threading;

namespace MarkupDsl.MediaStreams;

/// <summary>
/// Reusable <see cref="MediaEvent"/>s with their buffers, so that a stream in steady state allocates nothing per
/// frame. Events are rented by one thread, the session's read task, and returned from any thread, each once.
/// </summary>
/// <remarks>
/// Both take constant time: a returned event is pushed on a lock-free stack linked through the events themselves
/// (<see cref="MediaEvent.NextPooled"/>), and the renter takes the whole stack at once when its own list is empty,
/// then rents from that list with no interlocked operation. With one renter the stack has no ABA problem: only the
/// renter removes events, all of them at once. (The pool this replaces looked through every event on each rent.)
/// </remarks>
internal sealed class MediaEventPool
{
    private MediaEvent? _returned;
    private MediaEvent? _free;
    private int _rents;
    private int _returns;

    /// <summary>Events rented and not yet returned.</summary>
    public int Outstanding => Volatile.Read(ref _rents) - Volatile.Read(ref _returns);

    /// <summary>Takes a returned event, or makes one. Only one thread may rent.</summary>
    public MediaEvent Rent()
    {
        Volatile.Write(ref _rents, _rents + 1);
        MediaEvent? media = _free ?? (Volatile.Read(ref _returned) is null ? null : Interlocked.Exchange(ref _returned, null));
        if (media is null)
        {
            return new MediaEvent();
        }

        _free = media.NextPooled;
        media.NextPooled = null;
        return media;
    }

    /// <summary>Gives an event back, once; its holder must not touch it afterwards.</summary>
    public void Return(MediaEvent media)
    {
        // The exchange publishes the holder's last writes to the event before the renter can take it.
        MediaEvent? head = Volatile.Read(ref _returned);
        while (true)
        {
            media.NextPooled = head;
            MediaEvent? seen = Interlocked.CompareExchange(ref _returned, media, head);
            if (seen == head)
            {
                break;
            }

            head = seen;
        }

        Interlocked.Increment(ref _returns);
    }
}
