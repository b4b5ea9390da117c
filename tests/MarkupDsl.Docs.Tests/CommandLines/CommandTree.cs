using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Completions;
using System.Linq;
using MarkupDsl.Tool;

namespace MarkupDsl.Docs.Tests.CommandLines;

/// <summary>Checks command lines against the tool's real command tree (System.CommandLine).</summary>
internal static class CommandTree
{
    /// <summary>The tool's root command, as its <c>Main</c> builds it.</summary>
    public static Command Root { get; } = MarkupDslCommand.Create();

    /// <summary>Every command of the tool with the path that reaches it (<c>markupdsl simulate</c>).</summary>
    public static IEnumerable<(string Path, Command Command)> All() => Walk(Root.Name, Root);

    /// <summary>
    /// What is wrong with a synopsis: the tool's name, then subcommand names, then options of the command reached (its
    /// own or recursive ones of its parents) with, for an option whose values are known, alternatives among them.
    /// Other words are placeholders for arguments.
    /// </summary>
    public static IEnumerable<string> CheckSynopsis(string synopsis)
    {
        string[] words = synopsis.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim('[', ']')).ToArray();
        if (words[0] != Root.Name)
        {
            yield return $"the command is '{Root.Name}', not '{words[0]}'";
            yield break;
        }

        var path = new List<Command> { Root };
        bool arguments = false;
        for (int i = 1; i < words.Length; i++)
        {
            string word = words[i];
            if (word.StartsWith('-'))
            {
                Option? option = Options(path).FirstOrDefault(candidate => candidate.Name == word || candidate.Aliases.Contains(word));
                if (option is null)
                {
                    yield return $"'{string.Join(' ', path.Select(command => command.Name))}' has no option '{word}' (it has {string.Join(", ", Options(path).Select(candidate => candidate.Name))})";
                    continue;
                }

                if (option.Arity.MaximumNumberOfValues > 0 && i + 1 < words.Length && !words[i + 1].StartsWith('-'))
                {
                    string[] known = option.GetCompletions(CompletionContext.Empty).Select(item => item.Label).ToArray();
                    foreach (string value in words[++i].Split('|').Where(value => known.Length > 0 && !known.Contains(value)))
                    {
                        yield return $"'{value}' is not a value of {word} (it takes {string.Join(", ", known)})";
                    }
                }
            }
            else if (!arguments && path[^1].Subcommands.FirstOrDefault(command => command.Name == word) is { } subcommand)
            {
                path.Add(subcommand);
            }
            else if (!arguments && path.Count == 1)
            {
                yield return $"'{Root.Name}' has no command '{word}' (it has {string.Join(", ", Root.Subcommands.Select(command => command.Name))})";
                yield break;
            }
            else
            {
                arguments = true;
            }
        }
    }

    /// <summary>The options that apply to the last command of <paramref name="path"/>.</summary>
    private static IEnumerable<Option> Options(List<Command> path) =>
        path[^1].Options.Concat(path.SkipLast(1).SelectMany(command => command.Options).Where(option => option.Recursive));

    private static IEnumerable<(string Path, Command Command)> Walk(string path, Command command) =>
        command.Subcommands.SelectMany(subcommand => Walk(path + " " + subcommand.Name, subcommand)).Prepend((path, command));
}
