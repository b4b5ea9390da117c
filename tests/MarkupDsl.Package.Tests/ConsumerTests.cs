using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

using MarkupDsl.Tests.Shared;

namespace MarkupDsl.Package.Tests;

/// <summary>
/// A consumer project that knows MarkupDsl only as a package: it restores it from the temporary feed (into a package
/// folder of its own, so no cached copy of the same version can stand in), builds with <c>dotnet build</c> and runs.
/// It references the package itself, or a library that does (what reaches it then comes through
/// <c>buildTransitive/</c> and the analyzers and runtime that flow from the library's reference).
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed class ConsumerTests(PackageFixture package)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_consumer_of_the_package_gets_builders_schema_builders_and_analyzer_warnings(bool throughALibrary)
    {
        string consumer = Path.Combine(package.Root, throughALibrary ? "transitive" : "direct", "consumer");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "Data", "Consumer"), consumer);
        string packageReference = $"""<PackageReference Include="MarkupDsl" Version="{PackageFixture.Version}" />""";
        if (throughALibrary)
        {
            // The library's own package reference brings the generator, the analyzers and buildTransitive/ along.
            string library = Path.Combine(package.Root, "transitive", "library");
            WriteProject(library, "Library", "Library", packageReference);
            WriteProject(consumer, "Consumer", "Exe", $"""<ProjectReference Include="{library}/Library.csproj" />""");
        }
        else
        {
            WriteProject(consumer, "Consumer", "Exe", packageReference);
        }
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(package.Root, "packages") };

        (int buildExit, string build) = DotNet.Run(consumer, environment, "build", "-c", "Release", "-nologo", "-nodeReuse:false");
        (int runExit, string run) = DotNet.Run(consumer, environment, "run", "--no-build", "-c", "Release");

        Assert.True(buildExit == 0, build);
        string program = Path.Combine(consumer, "Program.cs");
        string[] lines = File.ReadAllLines(program);
        int line = Array.FindIndex(lines, l => l.Contains("\"ws://", StringComparison.Ordinal));
        int column = lines[line].IndexOf("\"ws://", StringComparison.Ordinal) + 1;
        Assert.Contains($"{program}({line + 1},{column}): warning MDSL001: The stream URL 'ws://example.com/media' does not start with wss://", build);
        int rock = Array.FindIndex(lines, l => l.Contains("\"rock\"", StringComparison.Ordinal));
        string unknownValue = $"{program}({rock + 1},{lines[rock].IndexOf("\"rock\"", StringComparison.Ordinal) + 1}): warning MDSL003: 'rock' is not a TwiML HoldMusic value; the documented values are classical, jazz";
        Assert.True(build.Contains(unknownValue, StringComparison.Ordinal), build);
        int ftp = Array.FindIndex(lines, l => l.Contains("\"ftp://", StringComparison.Ordinal));
        Assert.True(build.Contains($"{program}({ftp + 1},{lines[ftp].IndexOf("\"ftp://", StringComparison.Ordinal) + 1}): warning MDSL014: ", StringComparison.Ordinal), build);
        // The analyzers, generator and code fixes load without a warning of their own (CS8032, CS9057, NU...).
        Assert.All(Regex.Matches(build, @"warning [A-Z]+\d+").Select(m => m.Value), warning => Assert.Contains(warning, new[] { "warning MDSL001", "warning MDSL003", "warning MDSL014" }));

        Assert.True(runExit == 0, run);
        Assert.Equal(
            new[]
            {
                """<?xml version="1.0" encoding="UTF-8"?><Response><Connect><Stream url="wss://example.com/media"><Parameter name="a" value="b" /></Stream></Connect></Response>""",
                """<?xml version="1.0" encoding="UTF-8"?><Response><Start><Translation statusCallbackUrl="https://example.com/translations" name="live" /></Start></Response>""",
                """<?xml version="1.0" encoding="UTF-8"?><Response><Hold music="jazz" track="inbound_track"><Say>Please hold.</Say><Play>https://example.com/hold.mp3</Play></Hold><Connect><Stream url="wss://example.com/media" priority="2" /></Connect></Response>""",
                "parsed back equal: True; problems: 0",
                """<?xml version="1.0" encoding="UTF-8"?><Response><Hold music="rock" /></Response>""",
                "refused: url",
                "refused: statusCallback",
            },
            run.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void A_web_app_that_installs_MarkupDsl_AspNetCore_alone_answers_with_markup()
    {
        string consumer = Path.Combine(package.Root, "web", "consumer");
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "Data", "WebConsumer"), consumer);
        // No FrameworkReference of its own: the package brings ASP.NET Core, and the core package with it.
        WriteProject(consumer, "WebConsumer", "Exe", $"""<PackageReference Include="MarkupDsl.AspNetCore" Version="{PackageFixture.Version}" />""");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(package.Root, "packages") };

        (int buildExit, string build) = DotNet.Run(consumer, environment, "build", "-c", "Release", "-nologo", "-nodeReuse:false");
        (int runExit, string run) = DotNet.Run(consumer, environment, "run", "--no-build", "-c", "Release");

        Assert.True(buildExit == 0, build);
        Assert.True(runExit == 0, run);
        Assert.Equal(
            new[]
            {
                "200 text/xml; charset=utf-8",
                """<?xml version="1.0" encoding="UTF-8"?><Response><Say>Hello from the package.</Say></Response>""",
            },
            run.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public void The_tool_installs_from_the_feed_and_its_markupdsl_command_lints()
    {
        string folder = Path.Combine(package.Root, "tool");
        string tools = Path.Combine(folder, "bin");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), NuGetConfig());
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(package.Root, "packages") };

        (int installExit, string install) = DotNet.Run(folder, environment,
            "tool", "install", "MarkupDsl.Tool", "--version", PackageFixture.Version, "--tool-path", tools, "--configfile", Path.Combine(folder, "nuget.config"));
        Assert.True(installExit == 0, install);

        string document = Path.Combine(AppContext.BaseDirectory, "Data", "Lint", "bad.xml");
        var lint = new System.Diagnostics.ProcessStartInfo(Path.Combine(tools, OperatingSystem.IsWindows() ? "markupdsl.exe" : "markupdsl"), ["lint", document])
        {
            RedirectStandardOutput = true,
        };
        using var process = System.Diagnostics.Process.Start(lint)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith($"{document}(2,20): error MDSL200: The 'url' of <Stream> must be an absolute wss:// URL", output);

        // A document using a user's schema: valid with that schema's folder, as the consumer's own Parse finds it.
        string hold = Path.Combine(AppContext.BaseDirectory, "Data", "Lint", "hold.xml");
        string schemas = Path.Combine(AppContext.BaseDirectory, "Data", "Consumer", "Schemas");
        var lintWithSchemas = new System.Diagnostics.ProcessStartInfo(lint.FileName, ["lint", hold, "--schemas", schemas]) { RedirectStandardOutput = true };
        using var withSchemas = System.Diagnostics.Process.Start(lintWithSchemas)!;
        string checkedOutput = withSchemas.StandardOutput.ReadToEnd();
        withSchemas.WaitForExit();
        Assert.Equal("1 file(s) checked: 0 error(s), 0 warning(s).", checkedOutput.Trim());
        Assert.Equal(0, withSchemas.ExitCode);
    }

    /// <summary>
    /// Writes a project of the given output type that has <paramref name="reference"/>, in a folder that also has its
    /// own (empty) MSBuild files, so that none found above the temporary folder applies, and its own nuget.config.
    /// </summary>
    private void WriteProject(string folder, string name, string outputType, string reference)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), NuGetConfig());
    }

    /// <summary>
    /// Sources: the temporary feed (the only one MarkupDsl may come from), this machine's package folder read as an
    /// offline feed, and the package sources this machine is configured with, for anything the folder lacks.
    /// </summary>
    private string NuGetConfig()
    {
        string offline = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var sources = new List<(string Key, string Value)> { ("feed", package.Feed), ("offline", offline) };
        (int exitCode, string list) = DotNet.Run(package.Root, null, "nuget", "list", "source", "--format", "short");
        Assert.True(exitCode == 0, list);
        // Each line of the short format is "E <source>" for an enabled source and "D <source>" for a disabled one.
        sources.AddRange(list.Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal))
            .Select((l, i) => ($"registry{i}", l[2..])));

        string Add((string Key, string Value) s) => $"""<add key="{s.Key}" value="{s.Value}" />""";
        string Map((string Key, string Value) s) =>
            s.Key == "feed"
                ? $"""<packageSource key="{s.Key}"><package pattern="MarkupDsl" /><package pattern="MarkupDsl.*" /></packageSource>"""
                : $"""<packageSource key="{s.Key}"><package pattern="*" /></packageSource>""";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                {string.Join("\n    ", sources.Select(Add))}
              </packageSources>
              <packageSourceMapping>
                {string.Join("\n    ", sources.Select(Map))}
              </packageSourceMapping>
            </configuration>
            """;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
