namespace MarkupDsl.Simulator.ConversationRelay;

/// <summary>One line of a <see cref="RelayScript"/>: what the caller does next.</summary>
/// <param name="Line">The line number in the script, from 1, for messages.</param>
/// <param name="Kind">What the caller does.</param>
/// <param name="Text">
/// <see cref="RelayTurnKind.Partial"/> and <see cref="RelayTurnKind.Say"/>: the words (<c>voicePrompt</c>);
/// <see cref="RelayTurnKind.Dtmf"/>: the key; otherwise empty.
/// </param>
/// <param name="Duration"><see cref="RelayTurnKind.Wait"/>: how long; otherwise zero.</param>
/// <param name="Interrupt"><see cref="RelayTurnKind.Say"/>: when the caller talks over the reply, or <see langword="null"/>.</param>
public sealed record RelayTurn(int Line, RelayTurnKind Kind, string Text, TimeSpan Duration, RelayInterrupt? Interrupt)
{
    /// <summary>The turn as written in a script, e.g. <c>say Hello | interrupt after 2 tokens</c>.</summary>
    /// <returns>The script line, normalised.</returns>
    public override string ToString() => Kind switch
    {
        RelayTurnKind.Partial => $"partial {Text}",
        RelayTurnKind.Say => Interrupt is { } interrupt ? $"say {Text} | {interrupt}" : $"say {Text}",
        RelayTurnKind.Dtmf => $"dtmf {Text}",
        RelayTurnKind.Wait => $"wait {Duration.TotalMilliseconds:0} ms",
        _ => "expect end",
    };
}

/// <summary>What a caller's turn does.</summary>
public enum RelayTurnKind
{
    /// <summary>A <c>prompt</c> with <c>last: false</c>: speech still being recognised; no reply is awaited.</summary>
    Partial,

    /// <summary>A <c>prompt</c> with <c>last: true</c>; the app's reply (text tokens up to <c>last: true</c>) is awaited.</summary>
    Say,

    /// <summary>A <c>dtmf</c> key; a reply, when one comes, is awaited.</summary>
    Dtmf,

    /// <summary>The caller is silent for a while; the app's messages are still read and checked.</summary>
    Wait,

    /// <summary>The app must end the session (<c>end</c>) within the reply timeout.</summary>
    ExpectEnd,
}

/// <summary>When the caller barges in on a reply: after a number of its tokens, or a time after the prompt.</summary>
/// <param name="Tokens">After this many text tokens of the reply, or <see langword="null"/>.</param>
/// <param name="After">This long after the prompt was sent, or <see langword="null"/>.</param>
public sealed record RelayInterrupt(int? Tokens, TimeSpan? After)
{
    /// <summary>The clause as written in a script.</summary>
    /// <returns><c>interrupt after 2 tokens</c> or <c>interrupt after 300 ms</c>.</returns>
    public override string ToString() => Tokens is { } tokens ? $"interrupt after {tokens} tokens" : $"interrupt after {After!.Value.TotalMilliseconds:0} ms";
}
