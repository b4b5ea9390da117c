using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MarkupDsl.SWML.Messaging;

namespace MarkupDsl.Tests.Markup.Vocabulary;

/// <summary>
/// SWML for messaging (SignalWire runs it for an inbound SMS/MMS): the example documents of SignalWire's messaging
/// method pages (signalwire/docs, fern/products/swml/pages/reference/methods/messaging), in
/// Data/swml-messaging/pages, built with the builders, written as the same JSON tree and read back into the same model.
/// </summary>
public sealed class SwmlMessagingTests
{
    private static Dictionary<string, string> Map(string key, string value) => new() { [key] = value };

    private static readonly Dictionary<string, SwmlMessagingDocument> Built = new()
    {
        ["reply-1"] = new SwmlMessagingDocument().Reply(body: "Thanks for your message!"),
        ["reply-2"] = new SwmlMessagingDocument().Reply(r => r.Media("https://example.com/document.pdf"), body: "Here's the document you requested"),
        ["reply-3"] = new SwmlMessagingDocument().Reply(body: "Your order is confirmed", statusUrl: "https://example.com/status"),
        ["reply-6"] = new SwmlMessagingDocument().Reply(
            body: "Your number %{message.to} got a message from %{message.from}! The body was: %{message.body}",
            to: "+12223334444",
            from: "+15559876543"),
        ["receive-1"] = new SwmlMessagingDocument().Receive(),
        ["request-1"] = new SwmlMessagingDocument()
            .Request("https://api.example.com/lookup", r => r.Body(Map("phone", "%{message.from}")), method: SwmlRequestMethod.Post, saveVariables: true, timeout: 3)
            .Reply(body: "Hi %{request_response.name}, thanks for reaching out!"),
        ["request-2"] = new SwmlMessagingDocument()
            .Request("https://api.example.com/lookup", saveVariables: true)
            .Switch("request_result", s => s
                .Case("success", c => c.Reply(body: "Found you in our system."))
                .Case("failed", c => c.Reply(body: "Sorry, we couldn't reach the lookup service."))
                .Case("timeout", c => c.Reply(body: "Lookup timed out \u2014 please try again later."))
                .Default(d => d.Reply(body: "Unable to look up your account."))),
        ["execute-1"] = new SwmlMessagingDocument()
            .Execute("greet", e => e.Params(Map("name", "%{message.from}")))
            .Reply(body: "%{return_value}")
            .Section("greet", s => s.Return("Hello, %{params.name}!")),
        ["execute-2"] = new SwmlMessagingDocument()
            .Execute("classify", e => e.Params(Map("body", "%{message.body}")))
            .Switch("return_value", s => s
                .Case("opt_out", c => c.Reply(body: "You've been unsubscribed."))
                .Case("help", c => c.Reply(body: "Reply STOP to unsubscribe."))
                .Default(d => d.Reply(body: "Thanks for your message!")))
            .Section("classify", f => f.Switch("params.body", s => s
                .Case("stop", c => c.Return("opt_out"))
                .Case("help", c => c.Return("help"))
                .Default(d => d.Return("other")), transform: SwmlMessagingSwitchTransform.LowercaseTrim)),
        ["transfer-1"] = new SwmlMessagingDocument()
            .Transfer("https://example.com/messaging-handler", t => t.Params(Map("reason", "escalation"))),
        ["transfer-2"] = new SwmlMessagingDocument().Switch("message.body", s => s
            .Case("sales", c => c.Transfer("https://example.com/sales-handler", t => t.Params(Map("source", "sms"))))
            .Case("support", c => c.Transfer("https://example.com/support-handler", t => t.Params(Map("source", "sms"))))
            .Default(d => d.Reply(body: "Reply SALES or SUPPORT to be routed to the right team.")), transform: SwmlMessagingSwitchTransform.LowercaseTrim),
        ["switch-1"] = new SwmlMessagingDocument().Switch("message.body", s => s
            .Case("help", c => c.Reply(body: "Reply STOP to unsubscribe, or visit https://example.com/help."))
            .Case("stop", c => c.Reply(body: "You've been unsubscribed."))
            .Case("start", c => c.Reply(body: "Welcome back!"))
            .Default(d => d.Reply(body: "Sorry, I didn't understand that. Reply HELP for assistance.")), transform: SwmlMessagingSwitchTransform.LowercaseTrim),
        ["switch-2"] = new SwmlMessagingDocument()
            .Request("https://api.example.com/customer", r => r.Body(Map("phone", "%{message.from}")), saveVariables: true)
            .Switch("request_response.tier", s => s
                .Case("gold", c => c.Reply(body: "Welcome back, valued customer!"))
                .Case("silver", c => c.Reply(body: "Thanks for being a member."))
                .Default(d => d.Reply(body: "Thanks for your message."))),
        ["goto-1"] = new SwmlMessagingDocument()
            .Label("try_lookup")
            .Request("https://api.example.com/lookup", r => r.Body(Map("phone", "%{message.from}")), saveVariables: true)
            .Switch("request_result", s => s
                .Case("success", c => c.Reply(body: "Hi %{request_response.name}!"))
                .Case("timeout", c => c.Goto("try_lookup", max: 3))
                .Default(d => d.Reply(body: "Sorry, we couldn't look up your account."))),
        ["return-1"] = new SwmlMessagingDocument()
            .Execute("greet")
            .Reply(body: "%{return_value}")
            .Section("greet", s => s.Return("Hello there!")),
        ["return-2"] = new SwmlMessagingDocument()
            .Execute("maybe_reply")
            .Reply(body: "Done.")
            .Section("maybe_reply", f => f.Switch("message.body", s => s
                .Case("stop", c => c.Reply(body: "You've been unsubscribed.").Return("null"))
                .Default(d => d.Return("null")), transform: SwmlMessagingSwitchTransform.LowercaseTrim)),
        ["return-3"] = new SwmlMessagingDocument().Reply(body: "Got it.").Return("null"),
        ["label-1"] = new SwmlMessagingDocument()
            .Label("try_lookup")
            .Request("https://api.example.com/lookup", saveVariables: true)
            .Switch("request_result", s => s
                .Case("timeout", c => c.Goto("try_lookup", max: 3))
                .Default(d => d.Reply(body: "Lookup complete."))),
    };

    public static TheoryData<string> Pages() => new(Built.Keys.Order());

    private static string PagesFolder => Path.Combine("Data", "swml-messaging", "pages");

    [Fact]
    public void Every_page_example_kept_is_built()
    {
        Assert.Equal(SwmlPageExample.Kept(PagesFolder), Built.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_example_is_built_and_read_back(string page)
    {
        string json = File.ReadAllText(Path.Combine(PagesFolder, page + ".json"));
        SwmlMessagingDocument built = Built[page];

        SwmlPageExample.AssertSameJson(JsonNode.Parse(json), JsonNode.Parse(built.ToString()));
        Assert.Empty(SwmlMessagingDocument.Validate(json));
        Assert.Equal(built, SwmlMessagingDocument.Parse(json));
        Assert.Equal(built, SwmlMessagingDocument.Parse(built.ToYaml()));
    }

    [Fact]
    public void Transfer_takes_the_http_method_of_its_fetch()
    {
        JsonNode main = JsonNode.Parse(new SwmlMessagingDocument().Transfer("https://example.com/next", method: SwmlRequestMethod.Patch).ToString())!["sections"]!["main"]!;

        SwmlPageExample.AssertSameJson(JsonNode.Parse("""{"dest": "https://example.com/next", "method": "PATCH"}"""), main[0]!["transfer"]);
    }

    [Theory]
    [InlineData("play", """{"url": "say: hi"}""")]
    [InlineData("set", """{"a": "1"}""")]
    [InlineData("hangup", "{}")]
    public void A_calling_method_is_an_error_in_a_messaging_document(string method, string value)
    {
        string json = $$$"""{"version": "1.0.0", "sections": {"main": [{"{{{method}}}": {{{value}}}}]}}""";

        Assert.Contains(SwmlMessagingDocument.Validate(json), problem => problem.Severity == MarkupDsl.Markup.MarkupSeverity.Error && problem.Message.Contains(method, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_media_url_that_is_not_http_is_rejected_naming_the_attribute()
    {
        var error = Assert.Throws<System.ArgumentException>(() => new SwmlMessagingDocument().Reply(body: "x", statusUrl: "ftp://example.com/status"));

        Assert.Contains("status_url", error.Message, System.StringComparison.Ordinal);
    }
}
