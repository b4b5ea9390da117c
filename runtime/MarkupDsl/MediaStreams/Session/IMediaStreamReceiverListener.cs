namespace MarkupDsl.MediaStreams.Session;

/// <summary>What a <see cref="MediaStreamReceiver"/> tells the session, on its reading task or its idle timer.</summary>
internal interface IMediaStreamReceiverListener
{
    /// <summary>The <c>start</c> was read, before the application gets it: sending may begin.</summary>
    void Started(StartEvent start);

    /// <summary>The provider echoed a mark.</summary>
    void MarkEchoed(string name);

    /// <summary>The peer has been silent for the idle timeout: the socket should be closed.</summary>
    void Idle();

    /// <summary>Reading has ended: a stop, a close, a lost connection, or the session stopping.</summary>
    void Ended();
}
