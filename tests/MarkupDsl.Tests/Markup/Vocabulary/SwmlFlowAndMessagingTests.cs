using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MarkupDsl.SWML;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// SWML's flow methods that hold method lists keyed by a value (switch, execute's and join_conference's result) or any
/// JSON value (return): the example documents of SignalWire's pages (signalwire/docs,
/// fern/products/swml/pages/reference/methods/calling), in Data/swml/pages/flow, built with the builders, written as the
/// same JSON tree and read back into the same model.
/// </summary>
public sealed class SwmlFlowAndMessagingTests
{
    private static readonly Dictionary<string, SwmlDocument> Built = new()
    {
        ["return-1"] = new SwmlDocument().Return("1"),
        ["return-2"] = new SwmlDocument()
            .Execute("fn_that_returns")
            .Play(url: "say: returned ${return_value[0].a}")
            .Section("fn_that_returns", s => s.Return("""[{"a":1},{"b":2}]""")),
        ["return-3"] = new SwmlDocument()
            .Execute("fn_that_returns", e => e.OnReturn(r => r.Play(url: "say: returned ${return_value}")))
            .Section("fn_that_returns", s => s.Return("hello")),
        ["return-4"] = new SwmlDocument().Return(),
        ["switch-1"] = new SwmlDocument().Switch("call.type", s => s
            .Case("sip", c => c.Play(url: "say: You're calling from SIP."))
            .Case("phone", c => c.Play(url: "say: You're calling from phone."))
            .Default(d => d.Play(url: "say: Unexpected error"))),
        ["switch-2"] = new SwmlDocument()
            .Set(new Dictionary<string, string> { ["foo"] = "5" })
            .Execute("example_fn", e => e.Params(new Dictionary<string, string> { ["foo"] = "${foo}" }))
            .Section("example_fn", f => f.Switch("params.foo", s => s
                .Default(d => d.Play(url: "say: nothing matches"))
                .Case("5", c => c.Play(url: "say: yup, math works!")))),
    };

    public static TheoryData<string> Pages() => new(Built.Keys.Order());

    private static string PagesFolder => Path.Combine("Data", "swml", "pages", "flow");

    /// <summary>The names of the page examples these tests build, for <see cref="SwmlJsonSchemaTests"/>.</summary>
    internal static IEnumerable<string> PageNames => Built.Keys.Order();

    /// <summary>The document built for a page example of <see cref="PageNames"/>.</summary>
    internal static SwmlDocument BuiltFor(string page) => Built[page];

    [Fact]
    public void Every_page_example_kept_is_built()
    {
        Assert.Equal(SwmlPageExample.Kept(PagesFolder), PageNames);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_example_is_built_and_read_back(string page) =>
        SwmlPageExample.Matches(Path.Combine(PagesFolder, page + ".json"), Built[page]);

    [Fact]
    public void A_result_is_a_switch_keyed_by_the_variable_and_reads_back()
    {
        SwmlDocument built = new SwmlDocument()
            .Execute("check", e => e.Result(r => r
                .Case("ok", c => c.Hangup())
                .Default(d => d.Transfer("fallback"))))
            .JoinConference("standup", j => j.Result("conference_result", r => r.Case("completed", c => c.Play(url: "say: bye"))));

        JsonNode main = JsonNode.Parse(built.ToString())!["sections"]!["main"]!;

        SwmlPageExample.AssertSameJson(
            JsonNode.Parse("""{"dest": "check", "result": {"case": {"ok": [{"hangup": {}}]}, "default": [{"transfer": {"dest": "fallback"}}]}}"""),
            main[0]!["execute"]);
        SwmlPageExample.AssertSameJson(
            JsonNode.Parse("""{"variable": "conference_result", "case": {"completed": [{"play": {"url": "say: bye"}}]}}"""),
            main[1]!["join_conference"]!["result"]);
        Assert.Equal(built, SwmlDocument.Parse(built.ToString()));
        Assert.Equal(built, SwmlDocument.Parse(built.ToYaml()));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("""{"status":"success"}""", """{"status": "success"}""")]
    [InlineData("hello", "\"hello\"")]
    [InlineData("\"1\"", "\"1\"")]
    public void A_return_value_is_written_as_the_json_its_text_is(string value, string expected)
    {
        SwmlDocument built = new SwmlDocument().Return(value);

        SwmlPageExample.AssertSameJson(JsonNode.Parse(expected), JsonNode.Parse(built.ToString())!["sections"]!["main"]![0]!["return"]);
        Assert.Equal(built, SwmlDocument.Parse(built.ToString()));
        Assert.Equal(built, SwmlDocument.Parse(built.ToYaml()));
    }

    [Fact]
    public void A_case_outside_a_method_list_is_reported_with_its_position()
    {
        const string yaml = """
            version: 1.0.0
            sections:
              main:
                - switch:
                    variable: call.type
                    case:
                      sip: hello
            """;

        Assert.Contains(SwmlDocument.Validate(yaml), e => e.Line == 7 && e.Message.Contains("list of methods"));
    }
}
