using System.CommandLine;
using System.CommandLine.Help;
using MarkupDsl.Tool.Lint;
using MarkupDsl.Tool.Simulate;

namespace MarkupDsl.Tool;

/// <summary>The <c>markupdsl</c> command line: <c>lint</c> and <c>simulate</c>.</summary>
internal static class MarkupDslCommand
{
    /// <summary>The command users type: the package's <c>ToolCommandName</c>.</summary>
    public const string Name = "markupdsl";

    /// <summary>
    /// Builds the root command with its subcommands. It is named <see cref="Name"/> rather than being a
    /// <see cref="RootCommand"/>, which takes its name from the running assembly (<c>MarkupDsl.Tool</c> under the
    /// tool's shim), so that help prints the command as users type it; help and version are added as a root
    /// command adds them.
    /// </summary>
    public static Command Create() => new(Name, "MarkupDsl: lint voice markup, simulate providers calling a voice app.")
    {
        new HelpOption(),
        new VersionOption(),
        LintCommand.Create(),
        SimulateCommand.Create(),
    };
}
