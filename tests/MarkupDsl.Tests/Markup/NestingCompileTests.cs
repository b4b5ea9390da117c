using System.IO;
using System.Linq;
using MarkupDsl.TwiML;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MarkupDsl.Tests.Markup;

/// <summary>
/// Wrong nesting and another dialect's attributes or values do not compile: each dialect's builder types offer only
/// what its schemas allow.
/// </summary>
public sealed class NestingCompileTests
{
    [Theory]
    [InlineData("new VoiceResponse().Parameter(\"a\", \"b\");", "CS1061")]
    [InlineData("new VoiceResponse().Stream(\"wss://x/y\");", "CS1061")]
    [InlineData("new VoiceResponse().Start(s => s.Say(\"hi\"));", "CS1061")]
    [InlineData("new VoiceResponse().Start(s => s.Parameter(\"a\", \"b\"));", "CS1061")]
    [InlineData("new VoiceResponse().Stop(s => s.Stream(\"n\", track: Track.BothTracks));", "CS1739")]
    [InlineData("new VoiceResponse().Connect(c => c.Stream(\"wss://x/y\", s => s.Stream(\"wss://x/z\")));", "CS1061")]
    [InlineData("new VoiceResponse().Start(s => s.Stream());", "CS7036")]
    public void Wrong_nesting_or_attributes_are_compile_errors(string statement, string expectedError) =>
        Assert.Contains(expectedError, Compile(statement));

    [Theory]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", enableReconnect: false));", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", codec: \"PCMU\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", connectorName: \"c\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", codec: Codec.L16At16000Hz));", "CS0117")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", codec: Codec.Opus));", "CS0117")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", bidirectionalMode: \"rtp\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Stop(s => s.Stream(\"name\"));", "CS1503")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Start(s => s.Stream(\"wss://x/y\"));", "CS1061")]
    public void An_attribute_or_value_of_another_dialect_does_not_compile(string dialect, string statement, string expectedError) =>
        Assert.Contains(expectedError, Compile(statement, dialect));

    [Fact]
    public void Each_dialect_compiles_its_own_attributes() => Assert.Empty(Compile(
        "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", codec: Codec.Opus, enableReconnect: false, bidirectionalSamplingRate: SamplingRate.Hz16000));",
        "MarkupDsl.TeXML"));

    [Fact]
    public void Right_nesting_compiles() => Assert.Empty(Compile(
        "new VoiceResponse().Start(s => s.Stream(\"wss://x/y\", p => p.Parameter(\"a\", \"b\"), track: Track.BothTracks)).Stop(s => s.Stream(\"n\")).Say(\"hi\");"));

    internal static string[] Compile(string statement, string dialect = "MarkupDsl.TwiML")
    {
        string source = $"using {dialect}; static class Program {{ static void Main() {{ {statement} }} }}";
        string[] trusted = ((string)System.AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Select(p => MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(VoiceResponse).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Nesting",
            new[] { CSharpSyntaxTree.ParseText(source) },
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToArray();
    }
}
