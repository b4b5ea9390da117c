using System.Linq;
using System.Xml.Linq;
using MarkupDsl.TwiML;

namespace MarkupDsl.Tests.Conformance;

/// <summary>
/// White space that is the only text of a mixed-content element reads back as written. Found by the conformance
/// documents: the reader takes such text for an indenting writer's layout as soon as one run holds a line feed, and
/// drops every run, including ones that are no layout at all.
/// </summary>
public sealed class WhiteSpaceTextTests
{
    [Fact]
    public void An_element_whose_text_is_a_line_feed_and_spaces_reads_back_with_it()
    {
        // No child element: nothing here can be indentation.
        var built = new VoiceResponse().Say("\n  ");

        Assert.Equal(built, VoiceResponse.Parse(built.ToString()));
    }

    [Fact]
    public void A_line_feed_and_a_tab_between_two_elements_reads_back_with_them()
    {
        // "\n\t" is no indenting writer's run (those are a line feed and spaces).
        var built = new VoiceResponse().Say(say => say.Break().Text("\n\t").Break());

        Assert.Equal(built, VoiceResponse.Parse(built.ToString()));
    }

    [Fact]
    public void Spaces_between_elements_survive_twilio_csharp_indentation_before_the_first_element()
    {
        var built = new VoiceResponse().Say(say => say.Emphasis("a").Text(" \t ").Lang("b"));
        var say = new Twilio.TwiML.Voice.Say();
        say.Emphasis("a");
        say.AddText(" \t ");
        say.Lang("b");
        string indented = new Twilio.TwiML.VoiceResponse().Append(say).ToString();
        Assert.Contains("<Say>\n    <emphasis>", indented.ReplaceLineEndings("\n"));

        // The indentation run aside (KnownDifferences.IsIndentation), the text is the built one.
        VoiceResponse parsed = VoiceResponse.Parse(indented);
        Assert.True(built.Root.Equals(KnownDifferences.WithoutTwilioIndentation(parsed.Root)), $"Read back as {parsed}");
    }

    [Fact]
    public void Unindented_white_space_between_elements_already_reads_back()
    {
        var built = new VoiceResponse().Say(say => say.Break().Text(" \t ").Break());

        Assert.Equal(built, VoiceResponse.Parse(built.ToString()));
        Assert.Equal(" \t ", XDocument.Parse(built.ToString(), LoadOptions.PreserveWhitespace).Root!.Element("Say")!.Nodes().OfType<XText>().Single().Value);
    }
}
