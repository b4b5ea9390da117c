using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MarkupDsl.SWML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// The builders' output for every SWML page example kept in Data/swml/pages, validated against SignalWire's JSON Schema
/// of calling SWML (Data/swml/json-schema/SWMLObject.json; its README names the source commit). The examples of
/// <see cref="SwmlVocabularyTests"/> are read and written again, which those tests show gives the built document;
/// those of <see cref="SwmlMoreMethodsTests"/> are its built documents.
/// </summary>
public sealed class SwmlJsonSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine("Data", "swml", "json-schema", "SWMLObject.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    // The page wins over the JSON Schema here: these pages play a list of URLs mixing say: prompts with a ${variable},
    // where the JSON Schema takes a list of URLs or a list of variables, not both.
    private static readonly string[] PagesMixingVariablesInUrls = ["record_call-2", "record_call-3"];

    // The page wins over the JSON Schema here too (SwmlAi.xsd says why): a prompt with both text and pom, and SWAIG
    // defaults with web_hook_auth_pass, which the JSON Schema does not list.
    private static readonly string[] AiPagesTheSchemaRefuses = ["ai-prompt-2", "ai-swaig-functions-1"];

    // Whole documents only: some ai pages show a fragment (a SWAIG or languages object), which SwmlAiTests compares
    // with the same part of a built document.
    public static TheoryData<string> VocabularyPages() =>
        new(Directory.GetFiles(PagesFolder, "*.json")
            .Where(f => JsonNode.Parse(File.ReadAllText(f)) is JsonObject root && root.ContainsKey("sections"))
            .Select(Path.GetFileNameWithoutExtension)
            .Except(PagesMixingVariablesInUrls).Except(AiPagesTheSchemaRefuses).Order()!);

    public static TheoryData<string> PagesTheSchemaRefuses() => new(PagesMixingVariablesInUrls);

    private static string PagesFolder => Path.Combine("Data", "swml", "pages");

    public static TheoryData<string> MoreMethodsPages() => new(SwmlMoreMethodsTests.PageNames);

    public static TheoryData<string> FlowPages() => new(SwmlFlowAndMessagingTests.PageNames);

    [Theory]
    [MemberData(nameof(VocabularyPages))]
    public void A_page_example_written_again_is_valid_swml(string page)
    {
        SwmlDocument document = SwmlDocument.Parse(File.ReadAllText(Path.Combine(PagesFolder, page + ".json")));

        AssertValid(document.ToString());
    }

    [Theory]
    [MemberData(nameof(PagesTheSchemaRefuses))]
    public void A_page_the_schema_refuses_is_refused_only_for_its_variable_urls(string page)
    {
        JsonNode document = JsonNode.Parse(SwmlDocument.Parse(File.ReadAllText(Path.Combine(PagesFolder, page + ".json"))).ToString())!;
        Assert.False(Schema.Evaluate(JsonSerializer.SerializeToElement(document)).IsValid);

        foreach (JsonArray urls in document["sections"]!["main"]!.AsArray().Select(m => m!["play"]?["urls"]).OfType<JsonArray>())
        {
            urls.Where(u => u!.GetValue<string>().StartsWith("${")).ToList().ForEach(u => urls.Remove(u));
        }

        AssertValid(document.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(MoreMethodsPages))]
    public void A_built_page_example_is_valid_swml(string page) => AssertValid(SwmlMoreMethodsTests.BuiltFor(page).ToString());

    [Theory]
    [MemberData(nameof(FlowPages))]
    public void A_built_flow_page_example_is_valid_swml(string page) => AssertValid(SwmlFlowAndMessagingTests.BuiltFor(page).ToString());

    [Theory]
    [InlineData("""{"version":"1.0.0","sections":{"main":[{"pay":{"charge_amount":"1.00"}}]}}""")]
    [InlineData("""{"version":"1.0.0","sections":{"main":[{"transcribe_stop":{"now":true}}]}}""")]
    [InlineData("""{"version":"1.0.0","sections":{"main":[{"live_transcribe":{"action":{"start":{"lang":"en"}}}}]}}""")]
    public void The_schema_refuses_what_the_grammar_refuses(string json)
    {
        Assert.False(Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        Assert.NotEmpty(SwmlDocument.Validate(json));
    }

    private static void AssertValid(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        string[] errors = results.IsValid
            ? []
            : (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.SchemaLocation}: {e.Value}"))
                .Take(10).ToArray();
        Assert.True(results.IsValid, json + System.Environment.NewLine + string.Join(System.Environment.NewLine, errors));
    }
}
