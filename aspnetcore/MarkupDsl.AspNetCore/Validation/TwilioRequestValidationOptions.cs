namespace MarkupDsl.AspNetCore.Validation;

/// <summary>Settings for Twilio request validation, bound through the options pattern.</summary>
public sealed class TwilioRequestValidationOptions
{
    /// <summary>The account's auth token (Twilio Console, Account Info), the key of the request signature. Required.</summary>
    public string AuthToken { get; set; } = string.Empty;
}
