namespace MarkupDsl.Tests.Conformance;

/// <summary>The comparison the conformance tests rely on finds what differs and only that.</summary>
public sealed class XmlTreeComparerTests
{
    [Theory]
    [InlineData("<R><A x=\"1\" y=\"2\" /></R>", "<R><A y=\"2\" x=\"1\"></A></R>")]
    [InlineData("<R><A>a&amp;b</A></R>", "<R><A><![CDATA[a&b]]></A></R>")]
    [InlineData("<R><A>ab<B /></A></R>", "<R><A>a<![CDATA[b]]><B /></A></R>")]
    [InlineData("<R><A v=\"a&#x9;b&#xA;c\" /></R>", "<R><A v=\"a&#9;b&#10;c\" /></R>")]
    [InlineData("<R><ConversationRelay speechTimeout=\"auto\" /></R>", "<R><ConversationRelay speechtimeout=\"auto\" /></R>")]
    public void Documents_that_differ_only_in_form_are_the_same(string markupDsl, string twilio) =>
        Assert.Empty(XmlTreeComparer.Compare(markupDsl, twilio));

    [Theory]
    [InlineData("<R><A x=\"1\" /></R>", "<R><A x=\"2\" /></R>", "/R/A[1]/@x")]
    [InlineData("<R><A x=\"1\" /></R>", "<R><A /></R>", "/R/A[1]/@x")]
    [InlineData("<R><A v=\"a b\" /></R>", "<R><A v=\"a&#9;b\" /></R>", "/R/A[1]/@v")]
    [InlineData("<R><A /><B /></R>", "<R><B /><A /></R>", "MarkupDsl has <A>, twilio-csharp <B>")]
    [InlineData("<R><A>a b</A></R>", "<R><A>a  b</A></R>", "/R/A[1], content node 1")]
    [InlineData("<R><A> <B /></A></R>", "<R><A><B /></A></R>", "/R/A[1], content node 1")]
    [InlineData("<R><A><B /></A></R>", "<R><A><B /><B /></A></R>", "/R/A[1]: MarkupDsl has 1 content node(s)")]
    [InlineData("<R><ConversationRelay speechtimeout=\"auto\" /></R>", "<R><ConversationRelay speechtimeout=\"auto\" /></R>", "@speech")]
    public void A_difference_is_reported_with_where_it_is(string markupDsl, string twilio, string where) =>
        Assert.Contains(XmlTreeComparer.Compare(markupDsl, twilio), d => d.Contains(where, System.StringComparison.Ordinal));

    [Fact]
    public void Carriage_returns_compare_through_the_documented_mapping_in_text_only()
    {
        Assert.Empty(XmlTreeComparer.Compare("<R>a&#xD;b</R>", "<R>a\nb</R>", KnownDifferences.TextAfterTwilioNewLines));
        Assert.NotEmpty(XmlTreeComparer.Compare("<R>a&#xD;b</R>", "<R>a\nb</R>"));
        Assert.NotEmpty(XmlTreeComparer.Compare("<R v=\"a&#xD;b\" />", "<R v=\"a&#xA;b\" />", KnownDifferences.TextAfterTwilioNewLines));
    }
}
