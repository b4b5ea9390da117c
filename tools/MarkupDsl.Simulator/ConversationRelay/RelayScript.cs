using System.Globalization;
using System.Text.RegularExpressions;

namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>
/// The caller's side of a ConversationRelay session, one turn a line:
/// <code>
/// # a comment; blank lines are skipped
/// partial What is the            prompt, last: false
/// say What is the time           prompt, last: true; waits for the reply
/// say Tell me a story | interrupt after 3 tokens
/// say Tell me a story | interrupt after 400 ms
/// dtmf 5                         a key (0-9, *, #, A-D); waits for a reply if one comes
/// wait 2 s                       or 500 ms
/// expect end                     the app must send end
/// </code>
/// </summary>
public sealed partial class RelayScript
{
    private RelayScript(string name, IReadOnlyList<RelayTurn> turns)
    {
        Name = name;
        Turns = turns;
    }

    /// <summary>Where the script came from, for messages: a file name, or <c>built-in</c>.</summary>
    public string Name { get; }

    /// <summary>The turns in order.</summary>
    public IReadOnlyList<RelayTurn> Turns { get; }

    /// <summary>
    /// The script used when none is given: a partial and a final prompt, a prompt interrupted after two tokens of
    /// its reply, and a key.
    /// </summary>
    public static RelayScript Default { get; } = Parse(
        """
        partial Hello
        say Hello there
        say Tell me a long story about the sea | interrupt after 2 tokens
        dtmf 1
        """, "built-in");

    /// <summary>Reads a script.</summary>
    /// <param name="text">The script.</param>
    /// <param name="name">Its name in messages, e.g. its file name.</param>
    /// <returns>The script.</returns>
    /// <exception cref="FormatException">A line is not a turn; the message is <c>name(line): why</c>.</exception>
    public static RelayScript Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var turns = new List<RelayTurn>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                turns.Add(ParseLine(line, i + 1) ?? throw new FormatException(
                    $"{name}({i + 1}): '{line}' is not a turn (partial TEXT, say TEXT [| interrupt after N tokens|N ms], dtmf KEY, wait N ms|s, expect end)."));
            }
        }

        return turns.Count > 0 ? new RelayScript(name, turns) : throw new FormatException($"{name}: the script has no turns.");
    }

    /// <summary>Reads a script file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The script, named by the file's name.</returns>
    /// <exception cref="FormatException">A line is not a turn.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RelayScript Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    private static RelayTurn? ParseLine(string line, int number)
    {
        (string verb, string rest) = line.IndexOf(' ') is var space and > 0 ? (line[..space], line[(space + 1)..].Trim()) : (line, "");
        switch (verb)
        {
            case "partial" when rest.Length > 0:
                return new RelayTurn(number, RelayTurnKind.Partial, rest, TimeSpan.Zero, null);
            case "say" when rest.Length > 0:
                int bar = rest.LastIndexOf('|');
                if (bar < 0)
                {
                    return new RelayTurn(number, RelayTurnKind.Say, rest, TimeSpan.Zero, null);
                }

                RelayInterrupt? interrupt = ParseInterrupt(rest[(bar + 1)..].Trim());
                string words = rest[..bar].Trim();
                return interrupt is null || words.Length == 0 ? null : new RelayTurn(number, RelayTurnKind.Say, words, TimeSpan.Zero, interrupt);
            case "dtmf" when rest.Length == 1 && (char.IsAsciiDigit(rest[0]) || rest[0] is '*' or '#' or (>= 'A' and <= 'D')):
                return new RelayTurn(number, RelayTurnKind.Dtmf, rest, TimeSpan.Zero, null);
            case "wait" when ParseDuration(rest) is { } duration:
                return new RelayTurn(number, RelayTurnKind.Wait, "", duration, null);
            case "expect" when rest == "end":
                return new RelayTurn(number, RelayTurnKind.ExpectEnd, "", TimeSpan.Zero, null);
            default:
                return null;
        }
    }

    private static RelayInterrupt? ParseInterrupt(string clause)
    {
        Match match = InterruptClause().Match(clause);
        if (!match.Success)
        {
            return null;
        }

        int count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value.StartsWith("token", StringComparison.Ordinal)
            ? count > 0 ? new RelayInterrupt(count, null) : null
            : new RelayInterrupt(null, TimeSpan.FromMilliseconds(count));
    }

    private static TimeSpan? ParseDuration(string text)
    {
        Match match = Duration().Match(text);
        return match.Success
            ? double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture) is var value && match.Groups["unit"].Value == "s"
                ? TimeSpan.FromSeconds(value)
                : TimeSpan.FromMilliseconds(value)
            : null;
    }

    [GeneratedRegex(@"^interrupt after (?<count>\d{1,6}) ?(?<unit>tokens?|ms)$")]
    private static partial Regex InterruptClause();

    [GeneratedRegex(@"^(?<value>\d{1,6}(\.\d+)?) ?(?<unit>ms|s)$")]
    private static partial Regex Duration();
}
