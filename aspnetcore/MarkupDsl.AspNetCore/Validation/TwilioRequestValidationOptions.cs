using System;
using System.Collections.Generic;

namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Settings for Twilio request validation, bound through the options pattern.</summary>
public sealed class TwilioRequestValidationOptions
{
    /// <summary>
    /// The account's auth token (Twilio Console, Account Info), the key of every signature that comes without an
    /// <c>X-Twilio-Webhooks-Signature-Settings</c> header (HMAC-SHA1) and of Media Streams upgrades. Required.
    /// </summary>
    public string AuthToken { get; set; } = string.Empty;

    /// <summary>
    /// The secrets of the SharedKeys that Webhook Settings sign with, by SharedKey id (the <c>key</c> of the
    /// <c>X-Twilio-Webhooks-Signature-Settings</c> header, <c>webhooks_sharedkey_...</c>); a request naming a key
    /// that is not here is refused. Holding the old and the new key while rotating keeps every request valid.
    /// Bound from configuration as <c>"SharedKeys": { "webhooks_sharedkey_...": "secret" }</c>.
    /// </summary>
    /// <remarks>Source: https://www.twilio.com/docs/usage/webhooks/webhook-shared-keys.</remarks>
    public IDictionary<string, string> SharedKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
