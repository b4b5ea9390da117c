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
}
