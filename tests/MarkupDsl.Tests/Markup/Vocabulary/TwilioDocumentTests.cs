using System.IO;
using System.Linq;
using MarkupDsl.Markup;
using MarkupDsl.TwiML;
using MarkupDsl.TwiML.Messaging;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// Documents that twilio-node 6.3.1 writes, covering every TwiML element and most attributes: each reads without a
/// problem, writes back to the same tree, and reads again into an equal document.
/// </summary>
public sealed class TwilioDocumentTests
{
    public static TheoryData<string> VoiceDocuments() =>
        new(Directory.GetFiles(Path.Combine("Data", "twiml", "vocabulary"), "*.xml").Select(Path.GetFileName).Order()!);

    public static TheoryData<string> MessagingDocuments() =>
        new(Directory.GetFiles(Path.Combine("Data", "twiml-messaging"), "*.xml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(VoiceDocuments))]
    public void Voice_document_reads_clean_and_round_trips(string file)
    {
        string text = File.ReadAllText(Path.Combine("Data", "twiml", "vocabulary", file));

        Assert.Empty(VoiceResponse.Validate(text));
        VoiceResponse document = VoiceResponse.Parse(text);
        XmlAssert.SameTree(text, document.ToString());
        Assert.Equal(document, VoiceResponse.Parse(document.ToString()));
        Assert.Equal(document, VoiceResponse.Parse(document.ToString(indented: true)));
    }

    [Theory]
    [MemberData(nameof(MessagingDocuments))]
    public void Messaging_document_reads_clean_and_round_trips(string file)
    {
        string text = File.ReadAllText(Path.Combine("Data", "twiml-messaging", file));

        Assert.Empty(MessagingResponse.Validate(text));
        MessagingResponse document = MessagingResponse.Parse(text);
        XmlAssert.SameTree(text, document.ToString());
        Assert.Equal(document, MessagingResponse.Parse(document.ToString(indented: true)));
    }

    [Fact]
    public void The_documents_cover_every_element_of_the_voice_grammar()
    {
        string[] used = Directory.GetFiles(Path.Combine("Data", "twiml", "vocabulary"), "*.xml")
            .SelectMany(f => System.Xml.Linq.XDocument.Load(f).Descendants().Select(e => e.Name.LocalName))
            .Distinct()
            .ToArray();
        string[] declared = System.Xml.Linq.XDocument.Load(Path.Combine("Data", "schemas", "Response.xsd"))
            .Descendants().Where(e => e.Name.LocalName == "element" && IsTwiML(e)).Select(e => (string)e.Attribute("ref")!).Where(r => r is not null).ToArray();

        Assert.Empty(declared.Except(used));
        Assert.Equal(59, used.Length); // twilio-node 6.3.1's 58 tags and <Response>
    }

    /// <summary>Whether a particle is TwiML's: it names no dialects, or TwiML among them (TeXML's and cXML's own verbs share the file).</summary>
    private static bool IsTwiML(System.Xml.Linq.XElement particle) =>
        (string?)particle.Attribute(System.Xml.Linq.XName.Get("dialects", "urn:markupdsl:schema")) is not { } dialects
        || dialects.Split(' ').Contains("TwiML");

    [Fact]
    public void A_voice_verb_in_a_messaging_document_is_an_error_naming_what_is_allowed()
    {
        var problem = Assert.Single(MessagingResponse.Validate("<Response><Say>Hi</Say></Response>"));

        Assert.Equal(MarkupSeverity.Error, problem.Severity);
        Assert.Contains("<Say> is not allowed in <Response> (it holds <Message>, <Redirect>)", problem.Message);
    }
}
