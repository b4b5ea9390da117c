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
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Client(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Sim(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Application(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.WhatsApp(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(\"1\", referUrl: \"/r\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(\"1\", passports: \"p\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(\"1\", recordingConfigurationId: \"r\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Number(\"1\", byoc: \"BY1\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Conference(\"r\", jitterBufferSize: \"small\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Queue(\"q\", reservationSid: \"WR1\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Enqueue(\"q\", workflowSid: \"WW1\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Queue(\"q\");", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Prompt(PromptFor.PaymentCardNumber);", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Client(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Sim(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Application(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.WhatsApp(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(\"1\", referUrl: \"/r\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(\"1\", passports: \"p\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(\"1\", recordingConfigurationId: \"r\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Number(\"1\", byoc: \"BY1\"));", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Conference(\"r\", jitterBufferSize: \"small\"));", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Queue(\"q\", reservationSid: \"WR1\"));", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Enqueue(\"q\", workflowSid: \"WW1\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Queue(\"q\");", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Prompt(PromptFor.PaymentCardNumber);", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(\"1\", trim: \"trim-silence\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(\"1\", callerName: \"a\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Verto(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Sip(\"sip:a@b\", codecs: \"PCMU\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Dial(d => d.Conference(\"r\", coach: \"c\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Record(transcribe: true);", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Record(storageUrl: \"https://x/y\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Echo();", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Sms(\"a\");", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Pay(bankAccountType: \"consumer-savings\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Denoise(\"on\");", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(\"1\", sequential: true);", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(\"1\", fromDisplayName: \"a\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Number(\"1\", machineDetection: \"Enable\"));", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Dial(d => d.Conference(\"r\", participantLabel: \"a\"));", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Record(transcription: true);", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Enqueue(\"q\", maxWaitTimeSecs: 60);", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Pay(paymentConnector: \"c\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Pay(bankAccountType: \"consumer-checking\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Start(s => s.Suppression());", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().HttpRequest(h => h.Request(\"https://x/y\"));", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Dial(\"1\", callerName: \"a\");", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Dial(\"1\", fromDisplayName: \"a\");", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Dial(d => d.Verto(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Dial(d => d.Number(\"1\", machineDetection: MachineDetection.Disable));", "CS0117")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Dial(d => d.Number(\"1\", statusCallbackEvent: [CallStatusCallbackEvent.Amd]));", "CS0117")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Echo(timeout: 60);", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Record(storageUrl: \"https://x/y\");", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Pay(paymentConnectorUrl: \"https://x/y\");", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Denoise(\"on\");", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().HttpRequest(h => h.Request(\"https://x/y\"));", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Start(s => s.Suppression());", "CS1061")]
    [InlineData("MarkupDsl.CXML.Messaging", "new MessagingResponse().Message(\"a\", statusCallback: \"https://x/y\");", "CS1739")]
    [InlineData("MarkupDsl.CXML.Messaging", "new MessagingResponse().Say(\"a\");", "CS1061")]
    [InlineData("MarkupDsl.CXML.Fax", "new FaxResponse().Reject(reason: \"busy\");", "CS1739")]
    [InlineData("MarkupDsl.CXML.Fax", "new FaxResponse().Say(\"a\");", "CS1061")]
    [InlineData("MarkupDsl.SWML.Messaging", "new SwmlMessagingDocument().Play(url: \"say: hi\");", "CS1061")]
    [InlineData("MarkupDsl.SWML.Messaging", "new SwmlMessagingDocument().Goto(\"top\", when: \"x > 1\");", "CS1739")]
    [InlineData("MarkupDsl.SWML.Messaging", "new SwmlMessagingDocument().Execute(\"s\", e => e.OnReturn(r => r.Receive()));", "CS1061")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Reply(body: \"a\");", "CS1061")]
    [InlineData("MarkupDsl.SWML", "new SwmlDocument().Switch(\"v\", s => s.Default(d => d.Hangup()), transform: \"trim\");", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Gather(bargeIn: true);", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Gather(g => g.Pause());", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Say(s => s.Break());", "CS1660")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Connect(c => c.Room(\"r\"));", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Connect(c => c.VirtualAgent(\"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Connect(c => c.ConversationRelay(\"wss://x/y\", ttsProvider: \"Google\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Start(s => s.Transcription(statusCallbackUrl: \"https://x/y\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Start(s => s.Recording(recordingConfigurationId: \"x\"));", "CS1739")]
    [InlineData("MarkupDsl.TeXML", "new VoiceResponse().Connect(c => c.Stream(\"wss://x/y\", bidir: true));", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Gather(bargeIn: true);", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Gather(minDigits: 2);", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().AIGather(a => a.Parameters(\"{}\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Connect(c => c.ConversationRelay(\"wss://x/y\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Connect(c => c.AIAssistant(id: \"a\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Connect(c => c.Room(\"r\", participantIdentity: \"p\"));", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Start(s => s.Transcription());", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Say(s => s.W(\"x\"));", "CS1061")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Say(\"hi\", apiKeyRef: \"k\");", "CS1739")]
    [InlineData("MarkupDsl.CXML", "new VoiceResponse().Play(\"a\", ringTone: \"us\");", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Say(\"hi\", apiKeyRef: \"k\");", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().AIGather(a => a.Parameters(\"{}\"));", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Connect(c => c.AIAssistant(id: \"a\"));", "CS1061")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Gather(transcriptionEngine: \"Google\");", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Play(\"a\", mediaStorage: true);", "CS1739")]
    [InlineData("MarkupDsl.TwiML", "new VoiceResponse().Connect(c => c.Stream(\"wss://x/y\", bidir: true));", "CS1739")]
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
