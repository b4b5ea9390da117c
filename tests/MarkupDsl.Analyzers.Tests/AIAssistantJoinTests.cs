using System.Threading.Tasks;
using MarkupDsl.Analyzers.Tests.Harness;

namespace MarkupDsl.Analyzers.Tests;

public sealed class AIAssistantJoinTests
{
    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(id: "a", [|participantName: "Supervisor"|]))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant([|participantRole: AIAssistantParticipantRole.Assistant|], [|participantName: name|]))""")]
    public Task A_participant_setting_without_join_is_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL025", Sources.In("TeXML", expression));

    [Theory]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(join: "conversation-1", participantName: "Supervisor", participantRole: "user"))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(join: name, participantRole: "assistant"))""")]
    [InlineData("""new VoiceResponse().Connect(c => c.AIAssistant(id: "a"))""")]
    public Task A_participant_setting_with_join_or_none_is_not_reported(string expression) =>
        AnalyzerHarness.Verify("MDSL025", Sources.In("TeXML", expression));

    [Fact]
    public async Task The_message_names_the_attribute()
    {
        var diagnostic = await AnalyzerHarness.Single("MDSL025", Sources.In("TeXML", """new VoiceResponse().Connect(c => c.AIAssistant(id: "a", participantRole: "user"))"""));
        Assert.Equal("participantRole applies only when <AIAssistant> joins a conversation (join); this one starts a new one", diagnostic.GetMessage());
    }
}
