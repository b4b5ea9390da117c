using System;

namespace MarkupDsl.MediaStreams;

/// <summary>Settings of a <see cref="MediaStreamSession"/>.</summary>
public sealed class MediaStreamSessionOptions
{
    private readonly int _maxMessageSize = 64 * 1024;
    private readonly TimeSpan _closeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether the application may send audio, marks and clears: <see langword="true"/> (the default) for a
    /// <c>&lt;Connect&gt;&lt;Stream&gt;</c>, <see langword="false"/> for a one-way <c>&lt;Start&gt;&lt;Stream&gt;</c>
    /// fork, on which Twilio rejects them (error 31924). A stream whose <c>start.tracks</c> include
    /// <c>outbound</c> is a fork whatever this says.
    /// </summary>
    public bool Bidirectional { get; init; } = true;

    /// <summary>
    /// The largest inbound message accepted, in bytes of UTF-8 JSON (default 64 KiB; a 20 ms media message is about
    /// 300). A larger one is read to its end, discarded and reported as a <see cref="MalformedMessageEvent"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value below 1 KiB.</exception>
    public int MaxMessageSize
    {
        get => _maxMessageSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1024);
            _maxMessageSize = value;
        }
    }

    /// <summary>How long to wait for the peer's half of the close handshake before aborting the socket (default 5 s).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not positive.</exception>
    public TimeSpan CloseTimeout
    {
        get => _closeTimeout;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            _closeTimeout = value;
        }
    }
}
