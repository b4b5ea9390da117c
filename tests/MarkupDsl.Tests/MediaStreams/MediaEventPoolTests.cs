using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using MarkupDsl.MediaStreams;

namespace MarkupDsl.Tests.MediaStreams;

public class MediaEventPoolTests
{
    [Fact]
    public void Rents_back_whichever_event_was_returned_and_counts_the_rest_as_outstanding()
    {
        var pool = new MediaEventPool();
        MediaEvent first = pool.Rent(), second = pool.Rent(), third = pool.Rent();
        Assert.Equal(3, pool.Outstanding);

        pool.Return(second);
        Assert.Equal(2, pool.Outstanding);
        Assert.Same(second, pool.Rent());

        MediaEvent fourth = pool.Rent();
        Assert.DoesNotContain(fourth, new[] { first, second, third });
        foreach (MediaEvent media in new[] { first, second, third, fourth })
        {
            pool.Return(media);
        }

        Assert.Equal(0, pool.Outstanding);
        Assert.Contains(pool.Rent(), new[] { first, second, third, fourth });
        Assert.Equal(1, pool.Outstanding);
    }

    [Fact]
    public void Renting_and_returning_in_steady_state_allocates_nothing()
    {
        var pool = new MediaEventPool();
        MediaEvent[] warm = [pool.Rent(), pool.Rent(), pool.Rent()];
        Array.ForEach(warm, pool.Return);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int frame = 0; frame < 1000; frame++)
        {
            MediaEvent media = pool.Rent();
            pool.Return(media);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact(Timeout = 20_000)]
    public async Task Events_returned_from_several_threads_while_one_rents_are_each_rented_again_once()
    {
        var pool = new MediaEventPool();
        MediaEvent[] first = [.. Enumerable.Range(0, 2000).Select(_ => pool.Rent())];

        Task[] returning = [.. Enumerable.Range(0, 4).Select(thread => Task.Run(() =>
        {
            for (int i = thread; i < first.Length; i += 4)
            {
                pool.Return(first[i]);
            }
        }))];
        MediaEvent[] meanwhile = [.. Enumerable.Range(0, 2000).Select(_ => pool.Rent())];
        await Task.WhenAll(returning);
        Array.ForEach(meanwhile, pool.Return);
        Assert.Equal(0, pool.Outstanding);

        var again = new HashSet<MediaEvent>(Enumerable.Range(0, 4000).Select(_ => pool.Rent()), ReferenceEqualityComparer.Instance);
        Assert.Equal(4000, again.Count);
        Assert.Superset(new HashSet<MediaEvent>(first.Concat(meanwhile), ReferenceEqualityComparer.Instance), again);
    }
}
