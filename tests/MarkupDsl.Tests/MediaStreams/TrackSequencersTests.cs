using System.Collections.Generic;
using System.Linq;
using MarkupDsl.MediaStreams;
using MarkupDsl.MediaStreams.Session;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Each track is put in order on its own, and the chunks missing are counted over all of them.</summary>
public class TrackSequencersTests
{
    private readonly List<MediaEvent> _late = [];
    private readonly List<MediaStreamEvent> _ready = [];

    [Fact]
    public void Orders_each_track_apart_and_counts_the_missing_chunks_over_all()
    {
        var tracks = new TrackSequencers(_late.Add);

        foreach ((string track, int chunk) in new[] { ("inbound", 1), ("outbound", 1), ("inbound", 3), ("outbound", 4), ("inbound", 2) })
        {
            Assert.True(tracks.TryAdd(Frame(track, chunk), window: 1, _ready));
        }

        tracks.Flush(_ready);

        Assert.Equal(
            ["inbound 1", "outbound 1", "inbound 2", "inbound 3", "outbound gap", "outbound 4"],
            _ready.Select(e => e is MediaEvent media ? $"{media.Track} {media.Chunk}" : $"{((MediaGapEvent)e).Track} gap"));
        Assert.Equal(2, tracks.MissingChunks);
        Assert.Empty(_late);
    }

    [Fact]
    public void Leaves_unnumbered_frames_and_a_dtmf_before_any_inbound_audio_to_go_as_they_are()
    {
        var tracks = new TrackSequencers(_late.Add);

        Assert.False(tracks.TryAdd(Frame("inbound", 0), window: 3, _ready));
        Assert.False(tracks.TryAdd(new DtmfEvent(0, "stream", null, "5"), window: 3, _ready));
        Assert.True(tracks.TryAdd(Frame("inbound", 1), window: 3, _ready));
        Assert.True(tracks.TryAdd(new DtmfEvent(0, "stream", null, "6"), window: 3, _ready));
        Assert.Empty(_late);
    }

    private static MediaEvent Frame(string track, int chunk) => new(chunk, "stream", track, chunk, chunk * 20, new byte[] { (byte)chunk });
}
