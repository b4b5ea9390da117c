namespace MarkupDsl.Tool.Simulate;

/// <summary>
/// A status line redrawn in place every 250 ms on a terminal; when the error stream is redirected, the same text as
/// a plain line every 5 s (so that a long load run's log shows it progressing).
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly TextWriter _writer;
    private readonly Func<string> _status;
    private readonly bool _terminal;
    private readonly Timer _timer;
    private readonly Lock _lock = new();
    private int _shown;

    private ProgressLine(TextWriter writer, Func<string> status)
    {
        _writer = writer;
        _status = status;
        _terminal = writer == Console.Error && !Console.IsErrorRedirected;
        TimeSpan period = _terminal ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromSeconds(5);
        _timer = new Timer(_ => Show(), null, period, period);
    }

    public static ProgressLine Start(TextWriter writer, Func<string> status) => new(writer, status);

    /// <summary>Erases the line on a terminal, so that other output starts at the left margin.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            if (_terminal && _shown > 0)
            {
                _writer.Write('\r' + new string(' ', _shown) + '\r');
                _shown = 0;
            }
        }
    }

    private void Show()
    {
        string status = _status();
        lock (_lock)
        {
            if (_terminal)
            {
                _writer.Write('\r' + status.PadRight(_shown));
                _shown = status.Length;
            }
            else
            {
                _writer.WriteLine(status);
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        Clear();
    }
}
