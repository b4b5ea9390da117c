using System.CommandLine;
using System.IO;
using System.Threading.Tasks;

namespace MarkupDsl.Tool.Tests;

/// <summary>Runs <c>markupdsl</c> in-process, as its <c>Main</c> does, capturing what it prints.</summary>
internal static class ToolRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exitCode = await MarkupDslCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
