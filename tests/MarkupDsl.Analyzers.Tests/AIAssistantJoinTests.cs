using System.Threading.Tasks;
using Verify = MarkupDsl.Analyzers.Tests.Verifiers.AnalyzerVerifier<MarkupDsl.Analyzers.AIAssistantJoinAnalyzer>;

namespace MarkupDsl.Analyzers.Tests;

public sealed class AIAssistantJoinTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(id: "a", [|participantName: "Supervisor"|]))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant([|participantRole: AIAssistantParticipantRole.Assistant|], [|participantName: name|]))""")]
    public Task A_participant_setting_without_join_is_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(join: "conversation-1", participantName: "Supervisor", participantRole: "user"))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(join: name, participantRole: "assistant"))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(id: "a"))""")]
    public Task A_participant_setting_with_join_or_none_is_not_reported(string expression) =>
        Verify.VerifyAnalyzerAsync(Sources.In("TeXML", expression));

    [Fact]
    public Task The_message_names_the_attribute() => Verify.VerifyAnalyzerAsync(
        Sources.In("TeXML", """new VoiceResponse().Connect(c => c.AIAssistant(id: "a", {|#0:participantRole: "user"|}))"""),
        Verify.Diagnostic("MDSL025").WithLocation(0).WithMessage("participantRole applies only when <AIAssistant> joins a conversation (join); this one starts a new one"));
}
