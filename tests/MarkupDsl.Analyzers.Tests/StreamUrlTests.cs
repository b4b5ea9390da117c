using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class StreamUrlTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream([|"ws://example.com/media"|]))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream(url: [|"https://example.com/media"|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream([|Url|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(new Uri([|"http://example.com/media"|]).ToString()))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(new Uri([|"ws://example.com/media"|]).AbsoluteUri))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"[|ws://|]{host}/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream([|"example.com/media"|]))""")]
    public Task A_stream_url_that_is_not_wss_is_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL001", Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"wss://{host}/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"{host}://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(host))""")]
    public Task A_wss_relative_or_unknown_stream_url_is_not_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL001", Sources.In("TwiML", expression));

    [Fact]
    public Task Every_dialect_is_checked() =>
        AnalyzerHarness.Verify("MDSL001", Sources.In("SWML", """new SwmlDocument().Stream([|"ws://example.com/media"|])"""));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream([|"wss://example.com/media?caller=1"|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"[|wss://example.com/media?caller=|]{name}"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream([|"wss://example.com/media#part"|]))""")]
    public Task A_stream_url_with_a_query_string_is_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL002", Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", p => p.Parameter("caller", name)))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"wss://{host}/media"))""")]
    public Task A_stream_url_without_a_query_string_is_not_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL002", Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: [|"/status"|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: [|"ftp://example.com/status"|]))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: [|"https://"|]))""")]
    public Task A_status_callback_that_is_not_absolute_http_is_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL010", Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: "https://example.com/status"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: $"http://{host}/status"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: $"ht{host}"))""")]
    public Task An_absolute_http_status_callback_is_not_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL010", Sources.In("TwiML", expression));

    [Fact]
    public Task An_SWML_status_url_is_checked() =>
        AnalyzerHarness.Verify("MDSL010", Sources.In("SWML", """new SwmlDocument().Stream("wss://example.com/media", statusUrl: [|"status"|])"""));

    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream([|"/media"|]))""")]
    [InlineData("SWML", """new SwmlDocument().Stream([|"/media"|])""")]
    public Task A_relative_stream_url_is_reported_where_the_dialect_needs_an_absolute_one(string dialect, string expression) =>
        AnalyzerHarness.Verify("MDSL011", Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML")]
    [InlineData("CXML")]
    public Task A_relative_stream_url_is_not_reported_where_the_dialect_allows_it(string dialect) =>
        AnalyzerHarness.Verify("MDSL011", Sources.In(dialect, """new VoiceResponse().Start(s => s.Stream("/media"))"""));

    [Fact]
    public async Task The_message_quotes_the_known_head_of_an_interpolated_url()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL001", Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream($"ws://{host}/media"))"""));
        Assert.Equal("The stream URL 'ws://...' does not start with wss://; the provider rejects the call when it reaches this verb", diagnostic.GetMessage());
    }

    [Fact]
    public Task Generated_code_is_not_analyzed() =>
        AnalyzerHarness.Verify("MDSL001", "// <auto-generated/>\n" + Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("ws://example.com/media"))"""));
}
