using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.HttpRequestAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class HttpRequestTests
{
    [Theory]
    [InlineData("""new VoiceResponse().HttpRequest(h => h.Request("https://example.com/crm"), async: true, action: [|"/after"|])""")]
    [InlineData("""new VoiceResponse().HttpRequest(h => h.Request("https://example.com/crm"), action: [|"https://example.com/after"|], async: true)""")]
    public Task An_action_of_an_async_request_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().HttpRequest(h => h.Request("https://example.com/crm"), action: "/after")""")]
    [InlineData("""new VoiceResponse().HttpRequest(h => h.Request("https://example.com/crm"), async: false, action: "/after")""")]
    [InlineData("""new VoiceResponse().HttpRequest(h => h.Request("https://example.com/crm"), async: name.Length > 0, action: "/after")""")]
    [InlineData("""new VoiceResponse().HttpRequest(h => h.Request("https://example.com/crm"), async: true)""")]
    public Task An_action_of_a_request_the_call_waits_for_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));
}
