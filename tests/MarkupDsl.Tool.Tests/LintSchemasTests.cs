using System;
using System.IO;
using System.Threading.Tasks;

namespace MarkupDsl.Tool.Tests;

/// <summary><c>markupdsl lint --schemas DIR</c>: documents are checked against the library's schemas plus the user's.</summary>
public sealed class LintSchemasTests : IDisposable
{
    // The user's schema the generator and package tests build with.
    private static readonly string Hold = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Shared", "Schemas", "Hold.xsd"));

    private const string Document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Response>
          <Hold music="jazz" track="inbound_track"><Say>Please hold.</Say><Play>https://example.com/hold.mp3</Play></Hold>
          <Connect><Stream url="wss://example.com/media" priority="2" /></Connect>
        </Response>
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "markupdsl-lint-schemas-" + Guid.NewGuid().ToString("N"));

    public LintSchemasTests() => Directory.CreateDirectory(Path.Combine(_folder, "Schemas", "Verbs"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_document_using_the_users_schemas_passes_with_them_and_fails_without()
    {
        string document = Write("voice.xml", Document);
        Write("Schemas/Verbs/Hold.xsd", Hold);

        var (exitCode, output, _) = await ToolRunner.RunAsync("lint", document, "--schemas", Path.Combine(_folder, "Schemas"));
        Assert.Equal(["1 file(s) checked: 0 error(s), 0 warning(s)."], Lines(output));
        Assert.Equal(0, exitCode);

        (exitCode, output, _) = await ToolRunner.RunAsync("lint", document);
        Assert.Contains($"{document}(3,4): error MDSL200: <Hold> is not allowed in <Response>", output);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task The_users_values_are_checked_as_the_librarys_are()
    {
        string document = Write("voice.xml", Document.Replace("jazz", "rock").Replace("priority=\"2\"", "priority=\"0\"").Replace("<Play>", "<Hangup /><Play>"));
        Write("Schemas/Verbs/Hold.xsd", Hold);

        var (exitCode, output, _) = await ToolRunner.RunAsync("lint", document, "--dialect", "twiml", "--schemas", Path.Combine(_folder, "Schemas"));

        Assert.Equal(
            [
                $"{document}(3,9): warning MDSL203: 'rock' is not a documented value of 'music' on <Hold> (documented: classical, jazz); the provider may reject or ignore it.",
                $"{document}(3,68): error MDSL200: <Hangup> is not allowed in <Hold> (it holds <Say>, <Play>).",
                $"{document}(4,50): error MDSL200: The 'priority' of <Stream> must be at least 1.",
                "1 file(s) checked: 2 error(s), 1 warning(s).",
            ],
            Lines(output));
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Schema_problems_are_printed_in_the_xsd_and_fail_the_run()
    {
        string document = Write("voice.xml", Document);
        string schema = Write("Schemas/Verbs/Hold.xsd", Hold.Replace("ref=\"Play\"", "ref=\"Plai\"").Replace("name=\"priority\"", "name=\"track\""));

        var (exitCode, output, _) = await ToolRunner.RunAsync("lint", document, "--schemas", Path.Combine(_folder, "Schemas"));

        Assert.StartsWith($"{schema}(10,9): error MDSL102: 'Hold' refers to element 'Plai', which no schema file declares", output);
        Assert.Contains($"{schema}(17,3): error MDSL108: Attribute 'track' is already declared for <Stream> in namespace 'TwiML'", output);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task A_schema_folder_that_does_not_exist_is_MDSL201()
    {
        string document = Write("voice.xml", Document);
        string missing = Path.Combine(_folder, "Missing");

        var (exitCode, output, _) = await ToolRunner.RunAsync("lint", document, "--schemas", missing);

        Assert.Equal($"{missing}: error MDSL201: No such folder.", Lines(output)[0]);
        Assert.Equal(1, exitCode);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
