using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.EmptyDialAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class EmptyDialTests
{
    [Theory]
    [InlineData("""new VoiceResponse().[|Dial|](d => { })""")]
    [InlineData("""new VoiceResponse().[|Dial|](_ => { }, timeout: 10)""")]
    [InlineData("""new VoiceResponse().[|Dial|](d => d.Text(""))""")]
    [InlineData("""new VoiceResponse().[|Dial|](d => d.Text("  ").Text(""), action: "/after")""")]
    [InlineData("""new VoiceResponse().[|Dial|]("")""")]
    [InlineData("""new VoiceResponse().[|Dial|](" \t", callerId: "+15550000000")""")]
    [InlineData("""new VoiceResponse().Say("Connecting").[|Dial|]((string)null!).Say("Bye")""")]
    public Task A_dial_with_nothing_to_call_is_reported_on_the_verb(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Dial("+15551234567")""")]
    [InlineData("""new VoiceResponse().Dial(name)""")]
    [InlineData("""new VoiceResponse().Dial(d => d.Number("+15551234567"))""")]
    [InlineData("""new VoiceResponse().Dial(d => d.Text("+15551234567"))""")]
    [InlineData("""new VoiceResponse().Dial(d => d.Text(name))""")]
    [InlineData("""new VoiceResponse().Dial(d => d.Sip(s => s.Text("sip:alice@example.com")))""")]
    [InlineData("""new VoiceResponse().Dial(d => { if (name.Length > 0) { d.Client(name); } })""")]
    [InlineData("""new VoiceResponse().Dial(d => d.CustomElement("Number"))""")]
    [InlineData("""new VoiceResponse().Dial(Content)""")]
    public Task A_dial_with_a_number_or_a_noun_or_content_unknown_at_compile_time_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TwiML", expression).Replace(
            "public static object Build", "private static void Content(DialBuilder dial) { }\n\n    public static object Build"));

    [Fact]
    public Task The_message_says_there_is_nobody_to_call() => Verify.VerifyAnalyzerAsync(
        Sources.In("TwiML", """new VoiceResponse().{|#0:Dial|}(d => { })"""),
        Verify.Diagnostic("MDSL015").WithLocation(0).WithMessage("This <Dial> has neither a noun nor a number, so there is nobody to call"));
}
