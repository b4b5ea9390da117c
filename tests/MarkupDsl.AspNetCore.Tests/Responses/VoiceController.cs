using System.Text.Json;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.AspNetCore.Validation;
using Microsoft.AspNetCore.Mvc;

namespace MarkupDsl.AspNetCore.Tests.Responses;

/// <summary>MVC actions returning documents, with and without each provider's validation.</summary>
[Route("mvc")]
public sealed class VoiceController : ControllerBase
{
    [HttpGet("twiml")]
    public IActionResult Twiml() => MarkupResults.Markup(Documents.Twiml);

    [HttpGet("swml.yaml")]
    public IActionResult SwmlYaml() => MarkupResults.Yaml(Documents.Swml);

    [HttpPost("webhook")]
    [ValidateTwilioSignature]
    public IActionResult Webhook([FromForm(Name = "Digits")] string digits) =>
        MarkupResults.Markup(new TwiML.VoiceResponse().Say("You pressed " + digits));

    [HttpPost("events")]
    [ValidateTwilioSignature]
    public IActionResult JsonWebhook([FromBody] JsonElement body) =>
        MarkupResults.Markup(new TwiML.VoiceResponse().Say("Call " + body.GetProperty("CallSid").GetString()));

    [HttpPost("signalwire")]
    [ValidateSignalWireSignature]
    public IActionResult SignalWireWebhook() => MarkupResults.Markup(new CXML.VoiceResponse().Say("SignalWire"));

    [HttpPost("telnyx")]
    [ValidateTelnyxSignature]
    public IActionResult TelnyxWebhook() => MarkupResults.Markup(new TeXML.VoiceResponse().Say("Telnyx"));
}
