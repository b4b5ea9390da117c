namespace MarkupDsl.Simulator;

/// <summary>Percentiles of a set of durations, by the nearest-rank method.</summary>
/// <param name="Count">How many durations.</param>
/// <param name="P50">The median.</param>
/// <param name="P90">90 % are at most this.</param>
/// <param name="P99">99 % are at most this.</param>
/// <param name="Max">The longest.</param>
public sealed record LatencySummary(int Count, TimeSpan P50, TimeSpan P90, TimeSpan P99, TimeSpan Max)
{
    /// <summary>Summarises <paramref name="durations"/>; all zero when there are none.</summary>
    /// <param name="durations">The durations, in any order.</param>
    /// <returns>The summary.</returns>
    public static LatencySummary Of(IEnumerable<TimeSpan> durations)
    {
        TimeSpan[] sorted = [.. durations.Order()];
        TimeSpan Rank(double percent) => sorted.Length == 0 ? TimeSpan.Zero : sorted[Math.Max(0, (int)Math.Ceiling(percent / 100 * sorted.Length) - 1)];
        return new LatencySummary(sorted.Length, Rank(50), Rank(90), Rank(99), Rank(100));
    }

    /// <summary>Returns <c>p50 1.2 ms, p90 ..., p99 ..., max ... (n marks)</c>.</summary>
    public override string ToString() =>
        $"p50 {P50.TotalMilliseconds:0.0} ms, p90 {P90.TotalMilliseconds:0.0} ms, p99 {P99.TotalMilliseconds:0.0} ms, max {Max.TotalMilliseconds:0.0} ms ({Count} marks)";
}
