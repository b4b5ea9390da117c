using System.ComponentModel.DataAnnotations;
using MarkupDsl.AspNetCore.Responses;
using MarkupDsl.AspNetCore.Validation;
using MarkupDsl.TwiML;
using Microsoft.AspNetCore.Mvc;

namespace VoiceServer.Controllers;

/// <summary>
/// The voice webhook: Twilio POSTs here when a call comes in and runs the TwiML it gets back. A request without
/// Twilio's signature gets 403.
/// </summary>
[ApiController]
[ValidateTwilioSignature]
public sealed class VoiceController : ControllerBase
{
    /// <summary>
    /// Connects the call to a bidirectional Media Stream on this server's <c>/media</c>, passing the caller and
    /// the called number as <c>&lt;Parameter&gt;</c>s (the <c>wss://</c> URL may carry no query string).
    /// </summary>
    /// <param name="from">The caller's number (form field <c>From</c>).</param>
    /// <param name="to">The called number (form field <c>To</c>).</param>
    /// <returns>The TwiML document.</returns>
    [HttpPost("/voice")]
    [Consumes("application/x-www-form-urlencoded")]
    public IActionResult Voice([FromForm(Name = "From"), Required] string from, [FromForm(Name = "To"), Required] string to)
    {
        // The stream goes to the host the webhook came to; behind a proxy, enable forwarded headers first.
        var response = new VoiceResponse()
            .Connect(connect => connect
                .Stream($"wss://{Request.Host}/media", stream => stream
                    .Parameter("caller", from)
                    .Parameter("called", to)));
        return MarkupResults.Markup(response);
    }
}
