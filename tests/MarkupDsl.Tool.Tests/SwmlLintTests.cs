using System;
using System.IO;
using System.Threading.Tasks;

namespace MarkupDsl.Tool.Tests;

/// <summary><c>markupdsl lint</c> over SWML's calling methods and named sections, JSON and YAML.</summary>
public sealed class SwmlLintTests
{
    [Fact]
    public async Task A_document_of_many_methods_and_a_named_section_passes()
    {
        (int exitCode, string output, _) = await ToolRunner.RunAsync("lint", Data("swml-methods-good.json"));

        Assert.Equal(["1 file(s) checked: 0 error(s), 0 warning(s)."], Lines(output));
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Typed_values_undocumented_values_and_section_names_are_reported_at_their_positions()
    {
        string file = Data("swml-methods-bad.yaml");
        (int exitCode, string output, _) = await ToolRunner.RunAsync("lint", file);

        Assert.Equal(
            [
                $"{file}(5,9): error MDSL200: The 'max_duration' of <answer> must be a whole number; got 'forever'.",
                $"{file}(8,9): error MDSL200: The 'max' of <goto> must be from 1 to 100.",
                $"{file}(10,9): warning MDSL203: 'ogg' is not a documented value of 'format' on <record_call> (documented: wav, mp3, mp4); the provider may reject or ignore it.",
                $"{file}(11,3): error MDSL200: 'after call' is not a section name: letters, digits, '_' and '-'.",
                $"{file}(12,14): error MDSL200: The 'duration' of <sleep> must be at least -1.",
                "1 file(s) checked: 4 error(s), 1 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
