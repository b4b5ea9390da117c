using System.CommandLine;
using MarkupDsl.Tool.Lint;
using MarkupDsl.Tool.Simulate;

namespace MarkupDsl.Tool;

/// <summary>The <c>markupdsl</c> command line: <c>lint</c> and <c>simulate</c>.</summary>
internal static class MarkupDslCommand
{
    /// <summary>Builds the root command with its subcommands.</summary>
    public static RootCommand Create() => new("MarkupDsl: lint voice markup, simulate providers calling a voice app.")
    {
        LintCommand.Create(),
        SimulateCommand.Create(),
    };
}
