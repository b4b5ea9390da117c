using MarkupDsl.CXML.Fax;
using MarkupDsl.CXML.Messaging;
using MarkupDsl.Markup;
using FaxMethod = MarkupDsl.CXML.Fax.CallbackMethod;
using MessagingMethod = MarkupDsl.CXML.Messaging.CallbackMethod;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// SignalWire's cXML messaging documents (<c>MarkupDsl.CXML.Messaging</c>) and fax documents
/// (<c>MarkupDsl.CXML.Fax</c>): every example on their pages, built and parsed back, and each dialect's own vocabulary.
/// </summary>
public sealed class CXMLMessagingAndFaxTests
{
    [Fact]
    public void Message_simple() => Messaging("message-1.xml", new MessagingResponse().Message("Hello from SignalWire!"));

    [Fact]
    public void Message_with_action() => Messaging(
        "message-2.xml",
        new MessagingResponse().Message("Hello from SignalWire!", action: "https://your-application.com/followup", method: MessagingMethod.Get));

    [Fact]
    public void Message_with_body_and_media() => Messaging(
        "message-3.xml",
        new MessagingResponse().Message(message => message.Body("Hello from SignalWire!").Media("https://link.to/your-media-file")));

    [Fact]
    public void Message_after_an_action_is_not_reached() => Messaging(
        "message-6.xml",
        new MessagingResponse()
            .Message("Hello from SignalWire!", action: "https://your-application.com/followup", method: MessagingMethod.Get)
            .Message("I am unreachable!"));

    [Fact]
    public void Redirect_https() => Messaging("redirect-1.xml", new MessagingResponse().Redirect("https://your-application.com/next-instructions"));

    [Fact]
    public void Redirect_http() => Messaging("redirect-2.xml", new MessagingResponse().Redirect("http://www.somesite.com/NextDoc.xml"));

    [Fact]
    public void Receive_with_action() => Fax("receive-1.xml", new FaxResponse().Receive(action: "/fax/received"));

    [Fact]
    public void Receive_as_tiff() => Fax("receive-2.xml", new FaxResponse().Receive(mediaType: FaxMediaType.Tiff));

    [Fact]
    public void Reject_a_fax() => Fax("reject-1.xml", new FaxResponse().Reject());

    [Fact]
    public void Receive_writes_every_attribute() => Assert.Equal(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Receive action=\"https://example.com/fax\" mediaType=\"application/pdf\" method=\"GET\" pageSize=\"a4\" /></Response>",
        new FaxResponse().Receive(action: "https://example.com/fax", mediaType: FaxMediaType.Pdf, method: FaxMethod.Get, pageSize: FaxPageSize.A4).ToString());

    [Fact]
    public void A_twilio_messaging_status_callback_is_not_cxml()
    {
        var problem = Assert.Single(MessagingResponse.Validate("<Response><Message statusCallback=\"https://example.com/s\">Hi</Message></Response>"));

        Assert.Equal(MarkupSeverity.Error, problem.Severity);
        Assert.Contains("statusCallback", problem.Message);
        Assert.Empty(MarkupDsl.TwiML.Messaging.MessagingResponse.Validate("<Response><Message statusCallback=\"https://example.com/s\">Hi</Message></Response>"));
    }

    [Fact]
    public void A_voice_verb_in_a_fax_document_is_an_error_with_line_and_column()
    {
        var problem = Assert.Single(FaxResponse.Validate("<Response>\n  <Say>Hi</Say>\n</Response>"));

        Assert.Equal(MarkupSeverity.Error, problem.Severity);
        Assert.Equal((2, 4), (problem.Line, problem.Column));
        Assert.Contains("<Say> is not allowed in <Response> (it holds <Receive>, <Reject>)", problem.Message);
    }

    [Fact]
    public void The_fax_reject_takes_no_reason() => Assert.Contains(
        FaxResponse.Validate("<Response><Reject reason=\"busy\"/></Response>"),
        problem => problem.Severity == MarkupSeverity.Error && problem.Message.Contains("reason"));

    private static void Messaging(string file, MessagingResponse built) =>
        PageExample.MatchesTrimmed("cxml-messaging/pages/" + file, built, MessagingResponse.Parse, MessagingResponse.Validate);

    private static void Fax(string file, FaxResponse built) => PageExample.MatchesTrimmed("cxml-fax/pages/" + file, built, FaxResponse.Parse, FaxResponse.Validate);
}
