using System;
using System.Collections.Generic;
using System.Linq;
using MarkupDsl.MediaStreams;
using MarkupDsl.MediaStreams.Session;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>Telnyx's media and dtmf come in any order; the sequencer puts them back within its window.</summary>
public class ChunkSequencerTests
{
    private static readonly DateTimeOffset Pressed = new(2025, 6, 5, 8, 54, 19, TimeSpan.Zero);

    [Fact]
    public void A_dtmf_follows_the_audio_received_before_it_and_digits_held_together_go_in_the_order_pressed()
    {
        var sequencer = new ChunkSequencer(window: 3);
        var released = new List<MediaStreamEvent>();
        var late = new List<MediaEvent>();

        // Pressed "1" then "2"; "2" arrives first, after chunk 3 and before the late chunk 2.
        sequencer.Add(Frame(1), released, late.Add);
        sequencer.Add(Frame(3), released, late.Add);
        sequencer.Add(Digit("2", Pressed.AddMilliseconds(300)), released, late.Add);
        sequencer.Add(Frame(2), released, late.Add);
        sequencer.Add(Digit("1", Pressed), released, late.Add);
        Assert.Empty(released);
        foreach (int chunk in new[] { 4, 5, 6, 7 })
        {
            sequencer.Add(Frame(chunk), released, late.Add);
        }

        sequencer.Flush(released, late.Add);

        Assert.Equal(["1", "2", "3", "dtmf 1", "dtmf 2", "4", "5", "6", "7"], released.Select(Describe));
        Assert.Empty(late);
    }

    [Fact]
    public void A_dtmf_with_nothing_held_goes_at_once_and_one_without_occurred_at_keeps_its_arrival_order()
    {
        var sequencer = new ChunkSequencer(window: 3);
        var released = new List<MediaStreamEvent>();
        foreach (int chunk in new[] { 1, 2 })
        {
            sequencer.Add(Frame(chunk), released, _ => { });
        }

        sequencer.Add(Frame(4), released, _ => { });
        sequencer.Add(Digit("9", null), released, _ => { });
        sequencer.Add(Digit("8", Pressed), released, _ => { });
        Assert.Empty(released);
        sequencer.Flush(released, _ => { });

        Assert.Equal(["1", "2", "gap 3+1", "4", "dtmf 9", "dtmf 8"], released.Select(Describe));

        var idle = new ChunkSequencer(window: 3);
        var now = new List<MediaStreamEvent>();
        foreach (int chunk in new[] { 1, 2, 3, 4 })
        {
            idle.Add(Frame(chunk), now, _ => { });
        }

        idle.Add(Digit("5", Pressed), now, _ => { });
        Assert.Equal(["1", "2", "3", "4", "dtmf 5"], now.Select(Describe));
    }

    [Fact]
    public void A_dtmf_after_media_without_chunk_numbers_is_not_held()
    {
        var sequencer = new ChunkSequencer(window: 0);
        var released = new List<MediaStreamEvent>();

        sequencer.Add(Digit("3", null), released, _ => { });

        Assert.Equal(["dtmf 3"], released.Select(Describe));
    }

    private static MediaEvent Frame(int chunk) => new(chunk + 1, TelnyxMessages.StreamId, MediaTrack.Inbound, chunk, chunk * 20, new byte[] { (byte)chunk });

    private static DtmfEvent Digit(string digit, DateTimeOffset? occurredAt) => new(0, TelnyxMessages.StreamId, null, digit, occurredAt: occurredAt);

    private static string Describe(MediaStreamEvent e) => e switch
    {
        MediaEvent media => media.Chunk.ToString(),
        DtmfEvent dtmf => "dtmf " + dtmf.Digit,
        MediaGapEvent gap => $"gap {gap.FirstMissingChunk}+{gap.MissingChunks}",
        _ => e.GetType().Name,
    };
}
