using System;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;
using MarkupDsl.MediaStreams.Session;
using Microsoft.Extensions.Time.Testing;

namespace MarkupDsl.Tests.MediaStreams;

/// <summary>What each mark's echo means: played, cleared by a clear after it, or never coming because the stream ended.</summary>
public class MarkTrackerTests
{
    private readonly MarkTracker _marks = new(MediaStreamMetrics.For(null), new FakeTimeProvider());

    [Fact]
    public async Task An_echo_means_played_unless_a_clear_ended_the_marks_generation()
    {
        var playing = new PlaybackGeneration();
        var played = new PendingMark("played", playing);
        var cleared = new PendingMark("cleared", playing);
        _marks.Sending(played);
        _marks.Sending(cleared);

        _marks.Echoed("played");
        playing.Clear();
        _marks.Echoed("cleared");

        Assert.Equal(MarkOutcome.Played, await played.Outcome);
        Assert.Equal(MarkOutcome.Cleared, await cleared.Outcome);
    }

    [Fact]
    public async Task Marks_of_one_name_are_echoed_oldest_first_and_an_unknown_echo_changes_nothing()
    {
        var generation = new PlaybackGeneration();
        var first = new PendingMark("chunk", generation);
        var second = new PendingMark("chunk", generation);
        _marks.Sending(first);
        _marks.Sending(second);

        _marks.Echoed("never-sent");
        _marks.Echoed("chunk");

        Assert.Equal(MarkOutcome.Played, await first.Outcome);
        Assert.False(second.Outcome.IsCompleted);
        _marks.EndAll();
        Assert.Equal(MarkOutcome.StreamEnded, await second.Outcome);
    }

    [Fact]
    public async Task A_mark_sent_after_the_stream_ended_ends_at_once()
    {
        _marks.EndAll();
        var late = new PendingMark("late", new PlaybackGeneration());

        _marks.Sending(late);

        Assert.Equal(MarkOutcome.StreamEnded, await late.Outcome);
    }

    [Fact]
    public void Stamps_a_mark_with_the_clock_when_it_goes_on_the_wire()
    {
        var clock = new FakeTimeProvider();
        clock.Advance(TimeSpan.FromSeconds(3));
        var marks = new MarkTracker(MediaStreamMetrics.For(null), clock);
        var mark = new PendingMark("timed", new PlaybackGeneration());

        marks.Sending(mark);

        Assert.Equal(clock.GetTimestamp(), mark.SentAt);
    }
}
