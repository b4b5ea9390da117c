using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MarkupDsl.Docs.Tests.CommandLines;

namespace MarkupDsl.Docs.Tests;

/// <summary>The documents' <c>markupdsl</c> command lines against the tool's command tree, and the tree against the README.</summary>
public sealed class CommandLineTests
{
    public static TheoryData<string, int> CommandLines => Locations.Rows(Repository.Documents
        .SelectMany(CommandLine.In)
        .Select(line => (line.Document, line.Line))
        .Distinct());

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Each_command_line_names_real_commands_and_options(string document, int line)
    {
        foreach (CommandLine command in CommandLine.In(document).Where(candidate => candidate.Line == line))
        {
            // A command to run is parsed as the tool parses it; a synopsis has placeholders, so its words are checked.
            string[] problems = command.Synopsis
                ? CommandTree.CheckSynopsis(command.Text).ToArray()
                : CommandTree.Root.Parse(command.Text).Errors.Select(error => error.Message).ToArray();
            Assert.True(problems.Length == 0, $"{command}: `{command.Text}`: {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public void The_documents_show_command_lines_to_check() =>
        Assert.Contains(CommandLine.In("README.md"), line => !line.Synopsis);

    [Fact]
    public void The_README_names_every_command_and_option_of_the_tool()
    {
        string readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        string[] missing = CommandTree.All()
            .SelectMany(entry => entry.Command.Options.Where(option => !option.Hidden && !IsBuiltIn(option))
                .Select(option => (Text: option.Name, Where: entry.Path))
                .Prepend((Text: entry.Path, Where: entry.Path)))
            .Where(item => !Regex.IsMatch(readme, $@"`[^`]*{Regex.Escape(item.Text)}(?![\w-])[^`]*`"))
            .Select(item => item.Text == item.Where ? $"`{item.Text}`" : $"{item.Text} of `{item.Where}`")
            .ToArray();
        Assert.True(missing.Length == 0, $"README.md does not name: {string.Join(", ", missing)}");
    }

    /// <summary>Help and version come with every System.CommandLine root command.</summary>
    private static bool IsBuiltIn(Option option) => option is HelpOption or VersionOption;
}
