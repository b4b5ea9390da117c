namespace MarkupDsl.Simulator;

/// <summary>One thing that happened on a call, for its timeline.</summary>
/// <param name="At">Since the webhook was POSTed.</param>
/// <param name="Direction"><c>-&gt;</c> from the provider to the app, <c>&lt;-</c> from the app, blank for the provider's own doing.</param>
/// <param name="Text">The message and what matters about it, e.g. <c>mark echo-5 (round trip 3.1 ms)</c>.</param>
public sealed record TimelineEntry(TimeSpan At, string Direction, string Text)
{
    /// <summary>Returns <c>  0.123 s  -&gt;  text</c>.</summary>
    public override string ToString() => $"{At.TotalSeconds,8:0.000} s  {Direction,-2}  {Text}";
}
