using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MarkupDsl.SWML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// The examples of SignalWire's ai and amazon_bedrock pages (developer.signalwire.com/swml/methods/ai/..., from the
/// signalwire/docs repository), in Data/swml/pages/ai-*.json. A whole document is built with the builders, written as the same JSON tree
/// and read back into the same model; a page that shows only part of the ai object (a fragment) is compared with that
/// part of a built document.
/// </summary>
public sealed class SwmlAiTests
{
    private const string Gif = "You are an expert in the GIF file format. Tell the user whatever they'd like to know in this\nfield.\n";

    private const string Destination =
        "You are a helpful assistant that can provide information to users about a destination.\nAt the start of the conversation, always ask the user for their name.\nYou can use the appropriate function to get the phone number, address,\nor weather information.\n";

    private const string Alex =
        "You are a friendly customer service agent for a telecommunications company.\nYour name is Alex. Always greet the caller warmly and ask how you can help.\n\n## Rules\n- Be polite and professional at all times\n- If the caller asks about billing, offer to transfer them to the billing department\n- If you cannot help with a request, apologize and suggest alternatives\n";

    private const string Weather = "To determine what the current weather is in a provided location.";

    // The functions page and the amazon_bedrock page declare the same two functions. Before Documents, which uses them.
    private static readonly System.Action<SwaigFunctionBuilder> LocationParameters = f => f.Parameters(SwmlAiArgumentType.Object, p => p.Properties(Map(
        ("location", """{"type":"string","description":"The name of the city to find the weather from."}"""))));

    private static readonly System.Action<SwaigFunctionBuilder> NameParameters = f => f.Parameters(SwmlAiArgumentType.Object, p => p.Properties(Map(
        ("name", """{"type":"string","description":"The name of the user."}"""))));

    private static readonly Dictionary<string, SwmlDocument> Documents = new()
    {
        ["ai-1"] = new SwmlDocument().Answer().Ai(ai => ai.Prompt(
            text: "You are a customer service agent. Answer questions about account status and billing.")),
        ["ai-2"] = new SwmlDocument().Ai(ai => ai.Prompt(text: Gif).Pronounce("GIF", "jif")),
        ["ai-prompt-1"] = new SwmlDocument().Ai(ai => ai.Prompt(text: Alex, temperature: 0.8, topP: 0.9, confidence: 0.6)),
        ["ai-prompt-2"] = new SwmlDocument().Ai(ai => ai.Prompt(
            p => p
                .Pom(
                    s => s.Subsections(
                        sub => sub.Bullets("You are a AI Agent").Bullets("Your name is Frank").Bullets("You work at SignalWire"),
                        title: "Personal Information",
                        numberedBullets: true),
                    title: "Agent Personality",
                    body: "You are a friendly and engaging assistant. Keep the conversation light and fun.")
                .Pom(
                    s => s.Bullets("Ask the user to provide their name")
                        .Bullets("Ask the user to provide their favorite color")
                        .Bullets("Ask the user to provide their favorite food")
                        .Bullets("Ask the user to provide their favorite movie")
                        .Bullets("Ask the user to provide their favorite TV show")
                        .Bullets("Ask the user to provide their favorite music")
                        .Bullets("Ask the user to provide their favorite sport")
                        .Bullets("Ask the user to provide their favorite animal"),
                    title: "Task",
                    body: "You are to ask the user a series of questions to gather information."),
            text: "Prompt is defined in pom")),
        ["ai-swaig-functions-1"] = new SwmlDocument().Ai(
            ai => ai
                .Prompt(text: Destination)
                .PostPrompt(text: "Summarize the conversation.")
                .Swaig(swaig => swaig
                    .Includes("https://example.com/functions", i => i.Functions("get_phone_number").Functions("get_address"), user: "me", pass: "secret")
                    .Defaults(webHookUrl: "https://example.com/my-webhook", webHookAuthUser: "me", webHookAuthPass: "secret")
                    .Functions("get_weather", LocationParameters, description: Weather)
                    .Functions("summarize_conversation", NameParameters, description: "Summarize the conversation.")),
            postPromptUrl: "https://example.com/my-api"),
        ["ai-amazon_bedrock-1"] = new SwmlDocument().AmazonBedrock(
            bedrock => bedrock
                .Prompt(
                    text: "You are a helpful assistant that can provide information to users about a destination.\nAt the start of the conversation, always ask the user for their name.\nYou can use the appropriate function to get weather information.\n",
                    voiceId: SwmlBedrockVoice.Tiffany)
                .PostPrompt(text: "Summarize the conversation.")
                .Swaig(swaig => swaig
                    .Defaults(webHookUrl: "https://example.com/my-webhook")
                    .Functions("get_weather", LocationParameters, description: Weather)
                    .Functions("summarize_conversation", NameParameters, description: "Summarize the conversation.")),
            postPromptUrl: "https://example.com/my-api"),
    };

    /// <summary>The includes page's document, whose meta_data holds the string "12345".</summary>
    private static readonly SwmlDocument Includes = new SwmlDocument().Ai(ai => ai
        .Prompt(text: "You are a helpful assistant that can check weather.")
        .Swaig(swaig => swaig.Includes("https://example.com/swaig", i => i.Functions("get_weather").MetaData(Map(("user_id", "12345"))))));

    /// <summary>The data_map page's document, which has no version: the writer always writes one.</summary>
    private static readonly SwmlDocument DataMap = new SwmlDocument().Ai(ai => ai
        .Prompt(text: "You are a helpful SignalWire assistant.")
        .Swaig(swaig => swaig.Functions(
            "test_function",
            f => f
                .Parameters(SwmlAiArgumentType.Object, p => p
                    .Properties(Map(("name", """{"type":"string","description":"The name of the person."}""")))
                    .Required("name"))
                .DataMap(Map(("output",
                    """{"response":"We are testing the function.","action":[{"SWML":{"sections":{"main":[{"play":{"url":"say:We are testing the function."}}]}}}]}"""))),
            description: "This is a test function.")));

    /// <summary>Pages that show part of the ai object: the built document, and the path within its ai method of the object the part belongs to.</summary>
    private static readonly Dictionary<string, (SwmlDocument Built, string[] Path)> Fragments = new()
    {
        ["ai-languages-1"] = (
            WithPrompt(ai => ai.Languages("English", "en-US", "elevenlabs.rachel", l => l
                .SpeechFillers("one moment please,").SpeechFillers("hmm...").SpeechFillers("let's see,"))),
            []),
        ["ai-languages-2"] = (
            WithPrompt(ai => ai.Languages("Mandarin", "zh-TW", "gcloud.cmn-TW-Standard-A").Languages("English", "en-US", "elevenlabs.rachel")),
            []),
        ["ai-languages-3"] = (
            WithPrompt(ai => ai
                .Languages("English", "en-US", "elevenlabs.josh", l => l.Params(stability: 0.6, similarity: 0.8))
                .Languages("Spanish", "es", "elevenlabs.maria", l => l.Params(stability: 0.4, similarity: 0.9))),
            []),
        ["ai-swaig-1"] = (
            WithPrompt(ai => ai.Swaig(swaig => swaig.McpServers(
                "https://crm.example.com/mcp",
                mcp => mcp
                    .Headers(Map(("Authorization", "Bearer ${global_data.crm_token}")))
                    .ResourceVars(Map(("customer_id", "${global_data.customer_id}"))),
                resources: true))),
            []),
        ["ai-swaig-parameters-1"] = (
            WithFunction(f => f.Parameters(SwmlAiArgumentType.Object, p => p.Properties(Map(
                ("property_name", """{"type":"string","description":"A string value","pattern":"^[a-z]+$"}"""))))),
            ["SWAIG", "functions", "0"]),
        ["ai-swaig-parameters-5"] = (
            WithFunction(f => f.Parameters(SwmlAiArgumentType.Object, p => p.Properties(Map(
                ("property_name",
                    """{"type":"array","description":"Array of strings and objects","items":[{"type":"string","description":"A single string value that must be one of the possible values","default":"one","enum":["one","two","three"]},{"type":"object","description":"An object with a required property, `desired_value`, that must be one of the possible values","required":["desired_value"],"properties":{"desired_value":{"type":"string","description":"A single string value that must be one of the possible values","enum":["four","five","six"]}}}]}"""))))),
            ["SWAIG", "functions", "0"]),
    };

    public static TheoryData<string> DocumentPages() => new(Documents.Keys.Order());

    public static TheoryData<string> FragmentPages() => new(Fragments.Keys.Order());

    private static string PagesFolder => Path.Combine("Data", "swml", "pages");

    [Fact]
    public void Every_ai_page_example_kept_is_built()
    {
        string[] kept = Directory.GetFiles(PagesFolder, "ai-*.json").Select(Path.GetFileNameWithoutExtension).Order().ToArray()!;
        Assert.Equal(kept, Documents.Keys.Concat(Fragments.Keys).Append("ai-swaig-data_map-1").Append("ai-swaig-includes-1").Order());
    }

    [Theory]
    [MemberData(nameof(DocumentPages))]
    public void Page_document_is_built_and_read_back(string page)
    {
        string json = Page(page);
        SwmlDocument built = Documents[page];

        AssertSameJson(JsonNode.Parse(json), JsonNode.Parse(built.ToString()));
        Assert.Empty(SwmlDocument.Validate(json));
        Assert.Equal(built, SwmlDocument.Parse(json));
        Assert.Equal(built, SwmlDocument.Parse(built.ToYaml()));
    }

    [Fact]
    public void The_data_map_page_document_without_a_version_is_built_and_read_back()
    {
        JsonNode page = JsonNode.Parse(Page("ai-swaig-data_map-1"))!;

        AssertSameJson(page["sections"], JsonNode.Parse(DataMap.ToString())!["sections"]);
        Assert.Equal(DataMap, SwmlDocument.Parse(DataMap.ToString(indented: true)));
        Assert.Equal(DataMap, SwmlDocument.Parse(DataMap.ToYaml()));
    }

    [Fact]
    public void The_includes_page_document_reads_back_and_its_numeric_meta_data_text_is_written_as_a_number()
    {
        string json = Page("ai-swaig-includes-1");
        JsonNode written = JsonNode.Parse(Includes.ToString())!;

        Assert.Empty(SwmlDocument.Validate(json));
        Assert.Equal(Includes, SwmlDocument.Parse(json));
        // A map of JSON values holds text, so the page's string "12345" is written as the number (schemas/README.md, SWML).
        Assert.Equal(12345, written["sections"]!["main"]![0]!["ai"]!["SWAIG"]!["includes"]![0]!["meta_data"]!["user_id"]!.GetValue<int>());
        written["sections"]!["main"]![0]!["ai"]!["SWAIG"]!["includes"]![0]!["meta_data"]!["user_id"] = "12345";
        AssertSameJson(JsonNode.Parse(json), written);
    }

    [Theory]
    [MemberData(nameof(FragmentPages))]
    public void Page_fragment_is_the_same_part_of_a_built_document(string page)
    {
        (SwmlDocument built, string[] path) = Fragments[page];
        JsonObject fragment = JsonNode.Parse(Page(page))!.AsObject();
        JsonNode part = JsonNode.Parse(built.ToString())!["sections"]!["main"]![0]!["ai"]!;
        foreach (string step in path)
        {
            part = int.TryParse(step, out int index) ? part[index]! : part[step]!;
        }

        // The languages page writes its part inside "ai"; the others write the keys of the object they belong to.
        JsonObject keys = fragment.Count == 1 && fragment["ai"] is JsonObject inAi ? inAi : fragment;
        Assert.All(keys, key => AssertSameJson(key.Value, part[key.Key]));
        Assert.Empty(SwmlDocument.Validate(built.ToString()));
        Assert.Equal(built, SwmlDocument.Parse(built.ToString()));
    }

    [Theory]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Ai(ai => ai.Prompt(text: \"hi\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Ai(ai => ai.Prompt(text: \"hi\"));", "CS1061")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Ai(ai => ai.Prompt(text: \"hi\", voice: \"x\"));", "CS1739")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Ai(ai => ai.Prompt(text: \"hi\").Pronounce(\"GIF\"));", "CS7036")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Ai(ai => ai.Prompt(text: \"hi\", voiceId: SwmlBedrockVoice.Amy));", "CS1739")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().AmazonBedrock(b => b.Prompt(text: \"hi\").Swaig(s => s.McpServers(\"https://x\")));", "CS1061")]
    public void The_ai_method_is_swml_only_and_takes_its_documented_parameters(string dialect, string statement, string expectedError) =>
        Assert.Contains(expectedError, NestingCompileTests.Compile(statement, dialect));

    [Fact]
    public void Params_write_typed_keys_with_their_json_types_and_the_map_as_json()
    {
        var document = new SwmlDocument().Ai(ai => ai
            .Prompt(text: "hi")
            .Params(Map(("enable_barge", "complete"), ("debug", "true"), ("swaig_post_swml_vars", """["a","b"]""")),
                aiVolume: -5, endOfSpeechTimeout: 500, energyLevel: 40.5, saveConversation: true, localTz: "Europe/Paris"));
        JsonNode parameters = JsonNode.Parse(document.ToString())!["sections"]!["main"]![0]!["ai"]!["params"]!;

        AssertSameJson(
            JsonNode.Parse("""{"enable_barge":"complete","debug":true,"swaig_post_swml_vars":["a","b"],"ai_volume":-5,"end_of_speech_timeout":500,"energy_level":40.5,"save_conversation":true,"local_tz":"Europe/Paris"}"""),
            parameters);
        Assert.Equal(document, SwmlDocument.Parse(document.ToString()));
        Assert.Equal(document, SwmlDocument.Parse(document.ToYaml()));
    }

    [Fact]
    public void A_documented_param_read_from_json_is_checked_against_its_type()
    {
        const string json = """{"version":"1.0.0","sections":{"main":[{"ai":{"prompt":{"text":"hi"},"params":{"ai_volume":"loud","wake_prefix":"hey"}}}]}}""";

        Assert.Contains(SwmlDocument.Validate(json), e => e.ToString().Contains("'ai_volume'"));
    }

    [Fact]
    public void Documented_ranges_are_checked_when_set_and_name_their_parameter()
    {
        Assert.Equal("ai_volume", Assert.Throws<System.ArgumentOutOfRangeException>(
            () => new SwmlDocument().Ai(ai => ai.Prompt(text: "hi").Params(Map(), aiVolume: 51))).ParamName);
        Assert.Equal("max_tokens", Assert.Throws<System.ArgumentOutOfRangeException>(
            () => new SwmlDocument().Ai(ai => ai.Prompt(text: "hi", maxTokens: 4097))).ParamName);
        Assert.Equal("end_of_speech_timeout", Assert.Throws<System.ArgumentOutOfRangeException>(
            () => new SwmlDocument().Ai(ai => ai.Prompt(text: "hi").Params(Map(), endOfSpeechTimeout: 249))).ParamName);
    }

    [Fact]
    public void A_documented_param_cannot_go_through_the_map_unchecked()
    {
        var error = Assert.Throws<System.ArgumentException>(
            () => new SwmlDocument().Ai(ai => ai.Prompt(text: "hi").Params(Map(("ai_volume", "99")))));

        Assert.Equal("attributes", error.ParamName);
        Assert.Contains("'ai_volume'", error.Message);
    }

    [Fact]
    public void Native_functions_hints_and_global_data_are_written_as_the_pages_write_them()
    {
        var document = new SwmlDocument().Ai(ai => ai
            .Prompt(text: "hi")
            .Swaig(nativeFunctions: [SwmlAiNativeFunction.CheckTime, SwmlAiNativeFunction.WaitForUser])
            .GlobalData(Map(("company_name", "Acme Corp"), ("open_days", "5")))
            .Hints("pizza")
            .Hints("pepperoni"));
        JsonNode ai = JsonNode.Parse(document.ToString())!["sections"]!["main"]![0]!["ai"]!;

        AssertSameJson(JsonNode.Parse("""{"native_functions":["check_time","wait_for_user"]}"""), ai["SWAIG"]);
        AssertSameJson(JsonNode.Parse("""{"company_name":"Acme Corp","open_days":5}"""), ai["global_data"]);
        AssertSameJson(JsonNode.Parse("""["pizza","pepperoni"]"""), ai["hints"]);
        Assert.Equal(document, SwmlDocument.Parse(document.ToYaml()));
    }

    [Fact]
    public void An_ai_without_a_prompt_and_a_hint_written_as_an_object_are_reported()
    {
        const string json = """{"version":"1.0.0","sections":{"main":[{"ai":{"hints":["Tony",{"hint":"swimmel","pattern":"swimmel","replace":"SWML"}]}}]}}""";

        string[] errors = SwmlDocument.Validate(json).Select(e => e.ToString()).ToArray();

        Assert.Contains(errors, e => e.Contains("prompt"));
        Assert.Contains(errors, e => e.Contains("hints"));
    }

    private static SwmlDocument WithPrompt(System.Action<AiBuilder> more) =>
        new SwmlDocument().Ai(ai => more(ai.Prompt(text: "You are a helpful assistant.")));

    private static SwmlDocument WithFunction(System.Action<SwaigFunctionBuilder> function) =>
        WithPrompt(ai => ai.Swaig(swaig => swaig.Functions("get_thing", function, description: "Gets a thing.")));

    private static string Page(string name) => File.ReadAllText(Path.Combine(PagesFolder, name + ".json"));

    private static Dictionary<string, string> Map(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static void AssertSameJson(JsonNode? expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected?.ToJsonString()}{System.Environment.NewLine}got {actual?.ToJsonString()}");
}
