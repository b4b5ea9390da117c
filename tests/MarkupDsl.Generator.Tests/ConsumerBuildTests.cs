using System;
using System.IO;
using System.Runtime.CompilerServices;

using MarkupDsl.Tests.Shared;

namespace MarkupDsl.Generator.Tests;

/// <summary>
/// A real <c>dotnet run</c> of a consumer project that drops a schema into its <c>Schemas</c> folder: the MSBuild
/// convention (build/MarkupDsl.props and .targets) hands it to the generator.
/// </summary>
public sealed class ConsumerBuildTests
{
    [Fact]
    public void A_schema_in_the_conventional_folder_becomes_a_builder_in_a_real_build()
    {
        string repository = RepositoryRoot();
        string folder = Path.Combine(Path.GetTempPath(), "markupdsl-consumer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "Schemas"));
        try
        {
            File.WriteAllText(Path.Combine(folder, "Schemas", "Translation.xsd"), UserSchemaTests.Translation);
            File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{repository}/runtime/MarkupDsl/build/MarkupDsl.props" />
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{repository}/runtime/MarkupDsl/MarkupDsl.csproj" />
                    <ProjectReference Include="{repository}/generator/MarkupDsl.Generator/MarkupDsl.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                  <Import Project="{repository}/runtime/MarkupDsl/build/MarkupDsl.targets" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Program.cs"), """
                using MarkupDsl.TwiML;
                System.Console.WriteLine(new VoiceResponse().Start(s => s.Translation("https://example.com/t", name: "live")));
                """);

            (int exitCode, string output) = DotNet.Run(folder, null, "run", "--project", folder, "-c", "Release");

            Assert.True(exitCode == 0, output);
            Assert.Contains("<Start><Translation statusCallbackUrl=\"https://example.com/t\" name=\"live\" /></Start>", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
