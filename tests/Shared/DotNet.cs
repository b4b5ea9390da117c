using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace MarkupDsl.Tests.Shared;

/// <summary>
/// Runs the <c>dotnet</c> command line and captures what it prints; linked into the test projects that build or pack
/// consumer projects.
/// </summary>
internal static class DotNet
{
    /// <summary>The configuration these tests were built in: the projects they pack were built in it too.</summary>
    public static string Configuration { get; } =
        typeof(DotNet).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false) is [System.Reflection.AssemblyConfigurationAttribute attribute]
            ? attribute.Configuration
            : throw new InvalidOperationException("The test assembly has no AssemblyConfigurationAttribute.");

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/> and returns its exit code
    /// and its standard output followed by its standard error. A non-null value in <paramref name="environment"/>
    /// sets that variable for the child process, a null one removes it.
    /// </summary>
    public static (int ExitCode, string Output) Run(string directory, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach ((string name, string? value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }
        using Process process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in 5 minutes:\n{output}");
        }
        return (process.ExitCode, output + error.Result);
    }
}
