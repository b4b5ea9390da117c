using MarkupDsl.AspNetCore.Validation;

namespace MarkupDsl.AspNetCore.Tests.Validation;

public sealed class TwilioSignatureSettingsTests
{
    [Theory]
    [InlineData("key=webhooks_sharedkey_01,algorithm=HMAC_SHA256", "webhooks_sharedkey_01", TwilioSignatureAlgorithm.HmacSha256)]
    [InlineData(" algorithm = hmac_sha256 , key = k1 ", "k1", TwilioSignatureAlgorithm.HmacSha256)]
    [InlineData("key=k1,algorithm=HMAC_SHA1", "k1", TwilioSignatureAlgorithm.HmacSha1)]
    [InlineData("key=k1", "k1", TwilioSignatureAlgorithm.HmacSha1)]
    [InlineData("key=k1,algorithm=", "k1", TwilioSignatureAlgorithm.HmacSha1)]
    [InlineData("algorithm=HMAC_SHA256,algorithm=MD5,key=k1,key=k2", "k1", TwilioSignatureAlgorithm.HmacSha256)]
    [InlineData("algorithm=HMAC_SHA256", null, TwilioSignatureAlgorithm.HmacSha256)]
    [InlineData("key=a=b,algorithm=HMAC_SHA256", "a=b", TwilioSignatureAlgorithm.HmacSha256)]
    public void The_key_and_algorithm_are_read(string header, string? key, TwilioSignatureAlgorithm algorithm)
    {
        Assert.True(TwilioSignatureSettings.TryParse(header, out var settings, out _));
        Assert.Equal(new TwilioSignatureSettings(key, algorithm), settings);
    }

    [Theory]
    [InlineData("key=k1,algorithm=HMAC_SHA512", "HMAC_SHA512")]
    [InlineData("key=k1,algorithm=SHA256", "SHA256")]
    [InlineData("Algorithm=HMAC_SHA256,algorithm=ED25519", "ED25519")]
    public void Another_algorithm_is_not_supported(string header, string named)
    {
        Assert.False(TwilioSignatureSettings.TryParse(header, out _, out string algorithmName));
        Assert.Equal(named, algorithmName);
    }
}
