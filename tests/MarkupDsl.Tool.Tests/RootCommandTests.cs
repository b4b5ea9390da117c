using System.Threading.Tasks;

namespace MarkupDsl.Tool.Tests;

/// <summary>The root command: named as users type it, with the help and version a root command has.</summary>
public sealed class RootCommandTests
{
    [Fact]
    public async Task Help_names_the_command_markupdsl_and_lists_its_commands()
    {
        (int exitCode, string output, _) = await ToolRunner.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:\n  markupdsl [command] [options]", output);
        Assert.Contains("\n  lint ", output);
        Assert.Contains("\n  simulate ", output);
    }

    [Fact]
    public async Task A_subcommand_help_names_its_path()
    {
        (int exitCode, string output, _) = await ToolRunner.RunAsync("simulate", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:\n  markupdsl simulate <URL> [options]", output);
    }

    [Fact]
    public async Task Version_prints_the_assembly_version()
    {
        (int exitCode, string output, _) = await ToolRunner.RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public async Task An_unknown_command_is_refused()
    {
        (int exitCode, _, string error) = await ToolRunner.RunAsync("load");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("'load'", error);
    }
}
