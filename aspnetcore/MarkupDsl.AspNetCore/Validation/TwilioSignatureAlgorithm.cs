namespace MarkupDsl.AspNetCore.Validation;

/// <summary>
/// The HMAC a Twilio request signature is made with: HMAC-SHA1 keyed by the auth token unless a Webhook Setting
/// signs with a SharedKey, which the <c>X-Twilio-Webhooks-Signature-Settings</c> header then announces
/// (<c>key=...,algorithm=HMAC_SHA256</c>; https://www.twilio.com/docs/usage/webhooks/webhook-shared-keys).
/// </summary>
public enum TwilioSignatureAlgorithm
{
    /// <summary><c>HMAC_SHA1</c>: the auth token's scheme, and the one a settings header without <c>algorithm=</c> means.</summary>
    HmacSha1,

    /// <summary><c>HMAC_SHA256</c>: a 32-byte HMAC, so a 44-character Base64 signature.</summary>
    HmacSha256,
}
