using System;
using System.Linq;
using MarkupDsl.Simulator.ConversationRelay;

namespace MarkupDsl.Tool.Tests.ConversationRelay;

/// <summary>The script of caller turns: its lines, and the refusals that name the line.</summary>
public sealed class RelayScriptTests
{
    [Fact]
    public void Every_kind_of_turn_is_read_with_its_line_number()
    {
        RelayScript script = RelayScript.Parse(
            """
            # the caller
            partial What is
            say What is the time

            say Tell me a story | interrupt after 3 tokens
            say Tell me another | interrupt after 250 ms
            dtmf #
            wait 1.5 s
            wait 200 ms
            expect end
            """.Replace("\r", ""), "calls.txt");

        Assert.Equal("calls.txt", script.Name);
        Assert.Equal(
            [
                new RelayTurn(2, RelayTurnKind.Partial, "What is", TimeSpan.Zero, null),
                new RelayTurn(3, RelayTurnKind.Say, "What is the time", TimeSpan.Zero, null),
                new RelayTurn(5, RelayTurnKind.Say, "Tell me a story", TimeSpan.Zero, new RelayInterrupt(3, null)),
                new RelayTurn(6, RelayTurnKind.Say, "Tell me another", TimeSpan.Zero, new RelayInterrupt(null, TimeSpan.FromMilliseconds(250))),
                new RelayTurn(7, RelayTurnKind.Dtmf, "#", TimeSpan.Zero, null),
                new RelayTurn(8, RelayTurnKind.Wait, "", TimeSpan.FromSeconds(1.5), null),
                new RelayTurn(9, RelayTurnKind.Wait, "", TimeSpan.FromMilliseconds(200), null),
                new RelayTurn(10, RelayTurnKind.ExpectEnd, "", TimeSpan.Zero, null),
            ],
            script.Turns);
    }

    [Fact]
    public void A_turn_prints_as_it_is_written()
    {
        RelayScript script = RelayScript.Parse("say Hi there | interrupt after 1 token\nwait 2 s\ndtmf 5\nexpect end", "s");

        Assert.Equal(["say Hi there | interrupt after 1 tokens", "wait 2000 ms", "dtmf 5", "expect end"], script.Turns.Select(turn => turn.ToString()));
    }

    [Theory]
    [InlineData("say", "s(1): 'say' is not a turn")]
    [InlineData("dtmf 12", "s(1): 'dtmf 12' is not a turn")]
    [InlineData("dtmf x", "s(1): 'dtmf x' is not a turn")]
    [InlineData("say Hi\nsay Hi | interrupt after 0 tokens", "s(2): 'say Hi | interrupt after 0 tokens' is not a turn")]
    [InlineData("say Hi | interrupt soon", "s(1): 'say Hi | interrupt soon' is not a turn")]
    [InlineData("wait forever", "s(1): 'wait forever' is not a turn")]
    [InlineData("expect reply", "s(1): 'expect reply' is not a turn")]
    [InlineData("shout Hi", "s(1): 'shout Hi' is not a turn")]
    [InlineData("# only a comment", "s: the script has no turns.")]
    public void A_line_that_is_not_a_turn_is_refused_with_its_line(string text, string expected)
    {
        FormatException refused = Assert.Throws<FormatException>(() => RelayScript.Parse(text, "s"));

        Assert.StartsWith(expected, refused.Message);
    }

    [Fact]
    public void The_default_script_prompts_interrupts_and_presses_a_key()
    {
        Assert.Equal(
            [RelayTurnKind.Partial, RelayTurnKind.Say, RelayTurnKind.Say, RelayTurnKind.Dtmf],
            RelayScript.Default.Turns.Select(turn => turn.Kind));
        Assert.Equal(new RelayInterrupt(2, null), RelayScript.Default.Turns[2].Interrupt);
    }
}
