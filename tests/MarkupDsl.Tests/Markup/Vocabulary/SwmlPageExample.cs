using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MarkupDsl.SWML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// Checks an SWML page example (a JSON file under <c>Data</c>) against the same document built with the builders: the
/// same JSON tree, read without a problem, and read back (from the page's JSON and the built YAML) into the same model.
/// </summary>
internal static class SwmlPageExample
{
    /// <summary>The names of the page examples kept in a folder, without their extension, in order.</summary>
    public static string[] Kept(string folder) =>
        Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order().ToArray()!;

    public static void Matches(string path, SwmlDocument built)
    {
        string json = File.ReadAllText(path);

        AssertSameJson(JsonNode.Parse(json), JsonNode.Parse(built.ToString()));
        Assert.Empty(SwmlDocument.Validate(json));
        Assert.Equal(built, SwmlDocument.Parse(json));
        Assert.Equal(built, SwmlDocument.Parse(built.ToYaml()));
    }

    /// <summary>JSON trees are equal, property order aside.</summary>
    public static void AssertSameJson(JsonNode? expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected?.ToJsonString()}{System.Environment.NewLine}got {actual?.ToJsonString()}");
}
