using System;
using System.IO;
using MarkupDsl.Tests.Shared;

namespace MarkupDsl.Analyzers.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a consumer project that references the analyzers as an analyzer: the warning
/// reaches the build output with its ID, file, line and column.
/// </summary>
public sealed class ConsumerBuildTests
{
    [Fact]
    public void A_mistake_in_a_consumer_is_a_build_warning_with_its_position()
    {
        string repository = Repository.Root;
        // The projects this test references are built in its own configuration; the consumer reuses them
        // rather than building them again beside the other test projects' builds.
        string configuration = DotNet.Configuration;
        string folder = Path.Combine(Path.GetTempPath(), "markupdsl-analyzers-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{repository}/runtime/MarkupDsl/MarkupDsl.csproj" />
                    <ProjectReference Include="{repository}/generator/MarkupDsl.Generator/MarkupDsl.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                    <ProjectReference Include="{repository}/analyzers/MarkupDsl.Analyzers/MarkupDsl.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);
            string line = """System.Console.WriteLine(new VoiceResponse().Start(s => s.Stream("ws://example.com/media")));""";
            File.WriteAllText(Path.Combine(folder, "Program.cs"), "using MarkupDsl.TwiML;\n\n" + line + "\n");
            int column = line.IndexOf("\"ws://", StringComparison.Ordinal) + 1;

            (int exitCode, string output) = DotNet.Run(folder, null, "build", folder, "-c", configuration, "--no-dependencies", "-nologo");

            Assert.True(exitCode == 0, output);
            Assert.Contains($"{Path.Combine(folder, "Program.cs")}(3,{column}): warning MDSL001: The stream URL 'ws://example.com/media' does not start with wss://", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
