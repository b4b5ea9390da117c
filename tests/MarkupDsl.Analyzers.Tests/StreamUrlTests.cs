using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.StreamUrlAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class StreamUrlTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:"ws://example.com/media"|}))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.Stream(url: {|MDSL001:"https://example.com/media"|}))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:Url|}))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(new Uri({|MDSL001:"http://example.com/media"|}).ToString()))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(new Uri({|MDSL001:"ws://example.com/media"|}).AbsoluteUri))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"{|MDSL001:ws://|}{host}/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL001:"example.com/media"|}))""")]
    public Task A_stream_url_that_is_not_wss_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"wss://{host}/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"{host}://example.com/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("/media"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream(host))""")]
    public Task A_wss_relative_or_unknown_stream_url_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Fact]
    public Task Every_dialect_is_checked() =>
        Verify.VerifyAnalyzerAsync(Sources.In("SWML", """new SwmlDocument().Stream({|MDSL001:"ws://example.com/media"|})"""));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL002:"wss://example.com/media?caller=1"|}))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"{|MDSL002:wss://example.com/media?caller=|}{name}"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream({|MDSL002:"wss://example.com/media#part"|}))""")]
    public Task A_stream_url_with_a_query_string_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", p => p.Parameter("caller", name)))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream($"wss://{host}/media"))""")]
    public Task A_stream_url_without_a_query_string_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: {|MDSL010:"/status"|}))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: {|MDSL010:"ftp://example.com/status"|}))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: {|MDSL010:"https://"|}))""")]
    public Task A_status_callback_that_is_not_absolute_http_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: "https://example.com/status"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: $"http://{host}/status"))""")]
    [InlineData("""new VoiceResponse().Start(s => s.Stream("wss://example.com/media", statusCallback: $"ht{host}"))""")]
    public Task An_absolute_http_status_callback_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Fact]
    public Task An_SWML_status_url_is_checked() =>
        Verify.VerifyAnalyzerAsync(Sources.In("SWML", """new SwmlDocument().Stream("wss://example.com/media", statusUrl: {|MDSL010:"status"|})"""));

    [Theory]
    [InlineData("TeXML", """new VoiceResponse().Start(s => s.Stream({|MDSL011:"/media"|}))""")]
    [InlineData("SWML", """new SwmlDocument().Stream({|MDSL011:"/media"|})""")]
    public Task A_relative_stream_url_is_reported_where_the_dialect_needs_an_absolute_one(string dialect, string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, expression));

    [Theory]
    [InlineData("TwiML")]
    [InlineData("CXML")]
    public Task A_relative_stream_url_is_not_reported_where_the_dialect_allows_it(string dialect) =>
        Verify.VerifyAnalyzerAsync(Sources.In(dialect, """new VoiceResponse().Start(s => s.Stream("/media"))"""));

    [Fact]
    public Task The_message_quotes_the_known_head_of_an_interpolated_url() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream($"{|#0:ws://|}{host}/media"))"""),
        Verify.Diagnostic("MDSL001").WithLocation(0).WithMessage("The stream URL 'ws://...' does not start with wss://; the provider rejects the call when it reaches this verb"));

    [Fact]
    public Task Generated_code_is_not_analyzed() =>
        Verify.VerifyAnalyzerAsync("// <auto-generated/>\n" + Sources.In("TwiML", """new VoiceResponse().Start(s => s.Stream("ws://example.com/media"))"""));
}
